package com.notefolio.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The queue of recoveries pays them in date order, those of one day in the order they were added — the order of
 * the general projection's stable sort of its pending list — whatever order they come in and however many.
 */
class PendingRecoveriesTest {

    @Test
    void paysInDateOrderAndOneDaysInTheOrderAdded() {
        PendingRecoveries q = new PendingRecoveries();
        // Added: day 40 (1), day 20 (2), day 40 (3), day 10 (4), day 20 (5). By date, ties as added:
        // 10 (4), 20 (2), 20 (5), 40 (1), 40 (3).
        q.add(40, 1);
        q.add(20, 2);
        q.add(40, 3);
        q.add(10, 4);
        q.add(20, 5);
        List<long[]> paid = new ArrayList<>();
        while (!q.isEmpty()) {
            int day = q.firstDay();
            paid.add(new long[] {day, q.takeFirst()});
        }
        assertThat(paid).containsExactly(new long[] {10, 4}, new long[] {20, 2}, new long[] {20, 5},
                new long[] {40, 1}, new long[] {40, 3});
    }

    @Test
    void growsAndReusesItsRoomAsRecoveriesArePaid() {
        PendingRecoveries q = new PendingRecoveries();
        // 100 monthly recoveries added in date order, each paid 12 months after it is added: the queue holds at most
        // 12 and pays day k on the k-th take.
        int taken = 0;
        for (int k = 0; k < 100; k++) {
            q.add(1000 + 30 * k, k);
            if (k >= 12) {
                assertThat(q.firstDay()).isEqualTo(1000 + 30 * taken);
                assertThat(q.takeFirst()).isEqualTo(taken++);
            }
        }
        // Then 40 at once, more than its first room of 16, out of order: 39 down to 0 on day 5000 + k.
        for (int k = 39; k >= 0; k--) {
            q.add(5000 + k, 1000 + k);
        }
        while (taken < 100) {
            assertThat(q.takeFirst()).isEqualTo(taken++);
        }
        for (int k = 0; k < 40; k++) {
            assertThat(q.firstDay()).isEqualTo(5000 + k);
            assertThat(q.takeFirst()).isEqualTo(1000 + k);
        }
        assertThat(q.isEmpty()).isTrue();
    }
}
