package com.notefolio.reports.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ChartSheetTest {

    @Test
    void tenYearsOfMonthsAreShownMonthByMonthAndALongerHorizonYearByYearWithNothingLost() {
        Map<YearMonth, double[]> months = new TreeMap<>();
        YearMonth first = YearMonth.of(2024, 7);
        for (int i = 0; i < 120; i++) {
            months.put(first.plusMonths(i), new double[] {1, 2.5});
        }
        assertThat(ChartSheet.byMonthOrYear(months, 2)).hasSize(120).containsKey("2024-07");
        months.put(first.plusMonths(120), new double[] {1, 2.5});
        Map<String, double[]> years = ChartSheet.byMonthOrYear(months, 2);
        // 2024-07 … 2034-07: six months of 2024, nine full years, seven months of 2034.
        assertThat(years.keySet()).containsExactly("2024", "2025", "2026", "2027", "2028", "2029", "2030", "2031",
                "2032", "2033", "2034");
        assertThat(years.get("2024")).containsExactly(6, 15);
        assertThat(years.get("2030")).containsExactly(12, 30);
        assertThat(years.get("2034")).containsExactly(7, 17.5);
        assertThat(years.values().stream().mapToDouble(v -> v[0]).sum()).isEqualTo(121);
    }
}
