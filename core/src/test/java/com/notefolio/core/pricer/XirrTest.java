package com.notefolio.core.pricer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.notefolio.core.convention.EpochDay;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class XirrTest {

    /** Dated amounts of one sample file of {@code resources/xirr} (see its README). */
    record Sample(int[] days, double[] amounts) {
    }

    static Sample sample(String name) {
        List<int[]> days = new ArrayList<>();
        List<Double> amounts = new ArrayList<>();
        try (InputStream in = XirrTest.class.getResourceAsStream("/xirr/" + name + ".csv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                int comma = line.indexOf(',');
                days.add(new int[] {EpochDay.of(LocalDate.parse(line.substring(0, comma)))});
                amounts.add(Double.parseDouble(line.substring(comma + 1)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int[] d = new int[days.size()];
        double[] a = new double[d.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = days.get(i)[0];
            a[i] = amounts.get(i);
        }
        return new Sample(d, a);
    }

    /** Σ aᵢ(1 + r)^−tᵢ over Σ |aᵢ|(1 + r)^−tᵢ: how far from balanced the flows are at r, as a fraction. */
    static double relativeXnpv(Sample s, double r) {
        int first = Integer.MAX_VALUE;
        for (int d : s.days()) {
            first = Math.min(first, d);
        }
        double sum = 0;
        double size = 0;
        for (int i = 0; i < s.days().length; i++) {
            double v = s.amounts()[i] * Math.pow(1 + r, -(s.days()[i] - first) / 365.0);
            sum += v;
            size += Math.abs(v);
        }
        return sum / size;
    }

    /**
     * Every sample of pyxirr's {@code test_xirr_samples} with the rate its test expects (tests/test_scheduled.rs
     * at commit 5f31a85, v0.10.8; pyxirr's assertion is |rate − expected| &lt; 1e-9, the tolerance here too —
     * its own figures stop Newton's method at that size). The status says which rule of {@link Xirr} chose
     * the root: CONVERGED where Newton's method from pyxirr's guess reaches it (pyxirr's answer from the same
     * start), BRACKETED where Newton's method fails and the root closest to 0 is taken (pyxirr answers
     * these from its Brent or grid fallback). Several of these samples have two or three roots (listed in the
     * comments, found by an independent scan of the NPV's sign in 50-digit arithmetic, Python mpmath), so the
     * rate checks the root choice, not only the solving.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "unordered, 0.16353715844, CONVERGED",
            "single_redemption, 0.13616957937417506, CONVERGED",
            "random, 0.6924974337277426, CONVERGED", // also −0.9706
            "random_100, 29.829404437653, CONVERGED",
            "random_1000, 5.508930558032, CONVERGED", // also −0.9933, −0.6842
            "30-0, 0.1660454339589889, CONVERGED",
            "30-1, 0.18180763138335373, CONVERGED",
            "30-2, -0.0027489547855574564, CONVERGED",
            "30-3, 5.852451769434373, CONVERGED",
            "30-4, 0.16098047379438984, CONVERGED", // also −0.5623
            "30-5, 0.008979287890185613, CONVERGED", // also −0.99999985
            "30-6, 0.3255467341810659, CONVERGED",
            "30-7, 0.3501464865493174, CONVERGED", // also −0.2928
            "30-8, 3.353029509425298, CONVERGED", // also −0.9867, −0.0944
            "30-9, 2.878013825163697, CONVERGED",
            "30-10, 0.11143674454788119, CONVERGED",
            "30-11, -0.12606921657689435, CONVERGED", // also 1.5122
            "30-12, -0.02578630164755525, CONVERGED",
            "30-13, -0.6590570693637554, CONVERGED", // also −0.0291; LibreOffice's =XIRR: −0.659057069363755
            "30-14, 0.6996860198137344, CONVERGED", // also −0.9829
            "30-15, 0.02976853488940409, CONVERGED", // also −0.1571
            "30-16, 0.44203743561153225, CONVERGED", // also −0.1841
            "30-17, 2.7956075643765765, CONVERGED", // also −0.0518
            "30-18, -0.2692266976014054, CONVERGED", // also 0.2594
            "30-19, -0.0016474932646633118, CONVERGED", // also 0.7855
            "30-21, 0.05900900202336096, CONVERGED", // also −0.8372, 7.1955
            "30-22, -0.028668460065440993, CONVERGED", // also −0.3154
            "30-23, 1.1276768367328942, BRACKETED",
            "30-24, 32.90894421344702, CONVERGED", // also −0.9075
            "30-25, -0.001245880387491199, CONVERGED",
            "30-26, -0.33228389267806224, BRACKETED", // also 241.59
            "30-27, 0.00017475536849502265, CONVERGED", // also −0.99999999999, −0.4415
            "30-28, -0.10396735360664396, CONVERGED", // also 1.1258
            "30-30, 0.08115488395163964, CONVERGED", // also −0.9999999998, 3.4042
            "30-32, -0.1305850720162, BRACKETED", // also −0.8602, −0.7081
            "30-35, -0.23061428300107065, CONVERGED", // also −0.8957
            "30-36, -0.09610929159865819, CONVERGED", // also −0.999999997
            "30-37, -0.17219174455291367, CONVERGED", // also −0.6519
            "30-39, -0.202699788567102, BRACKETED", // also −0.99919
            "30-41, -0.11644766662933352, CONVERGED",
            "30-43, -0.12837518345271245, BRACKETED",
            "30-46, -0.047401670775621726, BRACKETED",
            "30-47, -0.6103425929117927, BRACKETED", // also −0.9999987
            "30-48, -0.07525261340272364, CONVERGED",
            "minus_0_13, -0.13423264098831872, CONVERGED",
            "minus_0_99, -0.9989769231734277, CONVERGED",
            "minus_0_99999, -0.9999884228170087, CONVERGED",
            "minus_0_993, -0.993785049929284, BRACKETED", // also −0.99960
            "zeros, 0.175680730580782, CONVERGED",
            "1938, -0.5945650822679239, CONVERGED", // also 230.80
    })
    void answersEveryPyxirrSampleLikePyxirr(String name, double expected, Xirr.Status status) {
        Sample s = sample(name);
        Xirr.Result result = Xirr.solve(s.days(), s.amounts());
        assertThat(result.rate()).isCloseTo(expected, within(1e-9));
        assertThat(result.status()).isEqualTo(status);
        // And it is a root: the flows balance to within rounding of their size.
        assertThat(relativeXnpv(s, result.rate())).isCloseTo(0, within(1e-12));
    }

    /**
     * pyxirr's "no root" samples (its test expects NaN): the NPV never changes sign. Checked apart by an
     * independent scan of its sign in 50-digit arithmetic (Python mpmath) over 1 + r from 1e-13 to 1001
     * in steps of 0.01 in ln(1 + r); in each the first and last flows have the same sign, so the number of
     * roots is even, and the scan found none.
     */
    @ParameterizedTest
    @ValueSource(strings = {"30-29", "30-31", "30-33", "30-34", "30-38", "30-40", "30-42", "30-44"})
    void pyxirrsNoRootSamplesHaveNoRoot(String name) {
        Sample s = sample(name);
        Xirr.Result result = Xirr.solve(s.days(), s.amounts());
        assertThat(result.status()).isEqualTo(Xirr.Status.NO_ROOT);
        assertThat(result.rate()).isNaN();
    }

    /**
     * Two samples pyxirr answers NaN for hold a root all the same, near −90% and −84% a year: their first and
     * last flows differ in sign, so the NPV, +∞ on one side of (−1, ∞) and the first flow's sign on the other,
     * must cross zero an odd number of times. The roots, from mpmath at 50 digits (Illinois method on the
     * brackets [−0.9, −0.895] and [−0.845, −0.835], where the NPV is 3.3e19 and −1.2e19, 1.2e16 and −5.1e15):
     * −0.89735382148822172854 and −0.84078904042133700442. pyxirr's fallbacks miss them (its Brent bracket
     * starts at −1 + 1e-15, where the sum overflows); the bracketed search here finds them. LibreOffice Calc
     * finds the first too: =XIRR over 30-20.csv, with or without a guess of −0.9, is −0.897353821488222. The
     * tolerance 1e-12 is far above a double's rounding of a root where the NPV's slope is ~1e22.
     */
    @ParameterizedTest
    @CsvSource({"30-20, -0.89735382148822172854", "30-45, -0.84078904042133700442"})
    void findsTheRootsPyxirrMisses(String name, double root) {
        Sample s = sample(name);
        Xirr.Result result = Xirr.solve(s.days(), s.amounts());
        assertThat(result.status()).isEqualTo(Xirr.Status.BRACKETED);
        assertThat(result.rate()).isCloseTo(root, within(1e-12));
    }

    /**
     * A hand example with two roots: −100 on 2021-01-01, +230 on 2022-01-01, −132 on 2023-01-01 (365 days
     * apart, so t = 0, 1, 2). With v = 1 ÷ (1 + r): −100 + 230v − 132v² = 0, v = (230 ± √(52,900 − 52,800)) ÷ 264
     * = 240/264 or 220/264, so r = 10% or 20% exactly. Newton's method goes to the root its guess leads to; the
     * default guess (230 ÷ 232 − 1 = −0.86%) and Excel's 0.1 give 10%, a guess of 25% gives 20%. A spreadsheet
     * agrees: LibreOffice Calc 7.4.7 (headless, the file converted to CSV, which recalculates it) answers
     * =XIRR(B1:B3;A1:A3) = 0.100000000000002 and =XIRR(B1:B3;A1:A3;0.25) = 0.199999999999999.
     */
    @Test
    void newtonReachesTheRootItsGuessLeadsTo() {
        int[] days = {EpochDay.of(LocalDate.of(2021, 1, 1)), EpochDay.of(LocalDate.of(2022, 1, 1)),
                EpochDay.of(LocalDate.of(2023, 1, 1))};
        double[] amounts = {-100, 230, -132};
        assertThat(Xirr.defaultGuess(amounts)).isCloseTo(230.0 / 232 - 1, within(1e-15));
        assertThat(Xirr.solve(days, amounts).rate()).isCloseTo(0.10, within(1e-14));
        assertThat(Xirr.solve(days, amounts, 0.1).rate()).isCloseTo(0.10, within(1e-14));
        Xirr.Result high = Xirr.solve(days, amounts, 0.25);
        assertThat(high.rate()).isCloseTo(0.20, within(1e-14));
        assertThat(high.status()).isEqualTo(Xirr.Status.CONVERGED);
    }

    /**
     * −100, +230, −133 a year apart: 133v² − 230v + 100 has discriminant 52,900 − 53,200 &lt; 0, so no rate
     * balances them (the NPV is negative for every r &gt; −1); all-positive flows cannot balance at all.
     */
    @Test
    void flowsWithoutARootGiveAStatusNotAnException() {
        Xirr.Result none = Xirr.solveYears(new double[] {0, 1, 2}, new double[] {-100, 230, -133}, 0.1);
        assertThat(none.status()).isEqualTo(Xirr.Status.NO_ROOT);
        assertThat(none.rate()).isNaN();
        Xirr.Result oneSign = Xirr.solveYears(new double[] {0, 1, 2}, new double[] {100, 0, 50}, 0.1);
        assertThat(oneSign.status()).isEqualTo(Xirr.Status.NO_SIGN_CHANGE);
        assertThat(Xirr.solveYears(new double[0], new double[0], 0.1).status()).isEqualTo(Xirr.Status.NO_SIGN_CHANGE);
    }

    /**
     * When Newton's method fails from the guess, the root closest to 0 is taken: the hand example above from
     * the top of its NPV (d/dv of −100 + 230v − 132v² is zero at v = 230/264, r = 264/230 − 1 ≈ 14.78%, where
     * Newton's first step divides by a slope of zero, give or take rounding, and flies off) is answered 10%,
     * not 20%, though both are 5% away.
     */
    @Test
    void afterNewtonFailsTheRootClosestToZeroIsTaken() {
        Xirr.Result result = Xirr.solveYears(new double[] {0, 1, 2}, new double[] {-100, 230, -132}, 264.0 / 230 - 1);
        assertThat(result.status()).isEqualTo(Xirr.Status.BRACKETED);
        assertThat(result.rate()).isCloseTo(0.10, within(1e-14));
    }

    /** Two flows are solved exactly: 1,000 growing to 1,210 over two years of 365 days is 10% a year. */
    @Test
    void twoFlowsAreSolvedInClosedForm() {
        Xirr.Result result = Xirr.solveYears(new double[] {0, 2}, new double[] {-1000, 1210}, 0.1);
        assertThat(result.rate()).isCloseTo(0.10, within(1e-15));
        assertThat(result.status()).isEqualTo(Xirr.Status.CONVERGED);
    }
}
