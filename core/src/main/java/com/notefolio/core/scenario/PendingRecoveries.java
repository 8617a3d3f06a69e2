package com.notefolio.core.scenario;

import java.util.Arrays;

/**
 * The recoveries a projection has still to pay: (epoch day, amount in minor units) pairs in date order, those of
 * one day in the order they were added. A default speed adds one per defaulting period, mostly in date order, so
 * an addition is an append and paying the earliest a step of the head: no sort and no object per recovery.
 */
final class PendingRecoveries {

    private int[] day = new int[16];
    private long[] amount = new long[16];
    private int head;
    private int tail;

    boolean isEmpty() {
        return head == tail;
    }

    /** Adds a recovery, after every one due on or before its day. */
    void add(int when, long minor) {
        if (tail == day.length) {
            if (head > 0) {
                System.arraycopy(day, head, day, 0, tail - head);
                System.arraycopy(amount, head, amount, 0, tail - head);
                tail -= head;
                head = 0;
            } else {
                day = Arrays.copyOf(day, day.length * 2);
                amount = Arrays.copyOf(amount, amount.length * 2);
            }
        }
        int k = tail++;
        while (k > head && day[k - 1] > when) {
            day[k] = day[k - 1];
            amount[k] = amount[k - 1];
            k--;
        }
        day[k] = when;
        amount[k] = minor;
    }

    /** The day of the earliest recovery; only when not empty. */
    int firstDay() {
        return day[head];
    }

    /** The amount of the earliest recovery, removing it; only when not empty. */
    long takeFirst() {
        return amount[head++];
    }
}
