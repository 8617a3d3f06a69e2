package com.notefolio.reports.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.notefolio.core.cli.Main;
import com.notefolio.core.io.CurveCsvReader;
import com.notefolio.core.io.PortfolioCsvReader;
import com.notefolio.core.io.StatedScheduleCsvReader;
import com.notefolio.core.portfolio.PortfolioGenerator;
import com.notefolio.core.portfolio.Position;
import com.notefolio.reports.Gnumeric;
import com.notefolio.reports.portfolio.PortfolioProjectionWorkbook;
import com.notefolio.reports.scenario.ScenarioComparisonWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ExportCommandTest {

    static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path dir;

    private String[] example(String... more) {
        List<String> args = new ArrayList<>(List.of("export", "--notes", EXAMPLES.resolve("notes.csv").toString(),
                "--schedules", EXAMPLES.resolve("schedules.csv").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void exportsTheNoteProjectionOfOneNote() throws Exception {
        Path out = dir.resolve("note.xlsx");
        assertThat(Main.run(example("--as-of", "2004-06-30", "--discount-rate", "10%", "--note", "INFINITE-2003",
                "--out", out.toString()))).isZero();
        try (XSSFWorkbook wb = Gnumeric.recalculate(out)) {
            assertThat(wb.getSheet("Terms").getRow(2).getCell(1).getStringCellValue()).isEqualTo("Infinite Group, Inc.");
            Cell npv = wb.getSheet("Summary").getRow(1).getCell(1);
            assertThat(cents(npv.getNumericCellValue())).isEqualTo(cents(wb.getSheet("Summary").getRow(1).getCell(2)
                    .getNumericCellValue()));
        }
    }

    @Test
    void anUnknownNoteIsBadInputNamingIt() {
        Path out = dir.resolve("note.xlsx");
        String err = runCapturingErr(example("--as-of", "2004-06-30", "--discount-rate", "0.1", "--note", "NOPE-1",
                "--out", out.toString()), 2);
        assertThat(err).contains("NOPE-1").contains("notes.csv");
        assertThat(out).doesNotExist();
    }

    @Test
    void aBadNotesFileIsBadInputWithFileAndLineAndNoOutput() throws Exception {
        Path notes = dir.resolve("bad.csv");
        Files.writeString(notes, "note_id,principal,annual_rate,issue_date,maturity_date,amortization\n"
                + "A,1000.00,0.05,2024-01-01,2025-01-01,LEVEL_PAYMENT\n"
                + "B,1000.00,abc,2024-01-01,2025-01-01,LEVEL_PAYMENT\n");
        Path out = dir.resolve("p.xlsx");
        String err = runCapturingErr(new String[] {"export", "--notes", notes.toString(), "--as-of", "2024-06-30",
            "--discount-rate", "0.05", "--out", out.toString()}, 2);
        assertThat(err).contains("bad.csv:3").contains("annual_rate");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bad.csv");
        }
    }

    @Test
    void theNoteJsonExportsWhatItsCsvLineExports() throws Exception {
        // The 2003 note's portfolio CSV line alone, with its stated schedule.
        Path notes = dir.resolve("one-note.csv");
        Path schedules = dir.resolve("one-schedule.csv");
        List<String> csv = Files.readAllLines(EXAMPLES.resolve("notes.csv"));
        Files.write(notes, List.of(csv.get(0), csv.stream().filter(l -> l.startsWith("INFINITE-2003,")).findFirst().orElseThrow()));
        Files.write(schedules, Files.readAllLines(EXAMPLES.resolve("schedules.csv")).stream()
                .filter(l -> l.startsWith("note_id,") || l.startsWith("INFINITE-2003,")).toList());
        Path fromJson = dir.resolve("json");
        Path fromCsv = dir.resolve("csv");
        assertThat(Main.run("export", "--notes", EXAMPLES.resolve("promissory-note-2003.json").toString(),
                "--as-of", "2004-06-30", "--discount-rate", "10%", "--csv", "--out", fromJson.toString())).isZero();
        assertThat(Main.run("export", "--notes", notes.toString(), "--schedules", schedules.toString(),
                "--as-of", "2004-06-30", "--discount-rate", "10%", "--csv", "--out", fromCsv.toString())).isZero();

        for (String table : List.of("flows.csv", "measures.csv", "ladder.csv", "exposure.csv")) {
            assertThat(Files.readAllLines(fromJson.resolve(table))).as(table)
                    .isEqualTo(Files.readAllLines(fromCsv.resolve(table)));
        }
        // By hand: 28 interest-only payments of 150,000 × 12% ÷ 12 = 1,500.00, then the 151,500.00 balloon.
        List<String> flows = Files.readAllLines(fromJson.resolve("flows.csv")).stream()
                .filter(l -> l.startsWith("INFINITE-2003,")).toList();
        assertThat(flows).hasSize(29);
        assertThat(flows.subList(0, 28)).allMatch(l -> l.contains(",150000.00,1500.00,0.00,1500.00,150000.00,"));
        assertThat(flows.get(28)).contains(",2006-01-12,").contains(",150000.00,1500.00,150000.00,151500.00,0.00,");
        assertThat(Files.readAllLines(fromJson.resolve("assumptions.csv")))
                .contains("Input,notes: " + EXAMPLES.resolve("promissory-note-2003.json"));
    }

    @Test
    void anUnknownNoteOfANoteJsonIsBadInputNamingTheIdField() throws Exception {
        Path out = dir.resolve("note.xlsx");
        String err = runCapturingErr(new String[] {"export", "--notes",
            EXAMPLES.resolve("promissory-note-2003.json").toString(), "--as-of", "2004-06-30", "--discount-rate",
            "0.1", "--note", "NOPE-1", "--out", out.toString()}, 2);
        assertThat(err).contains("promissory-note-2003.json: field id: value \"NOPE-1\": no note with this id (--note)");
        assertThat(out).doesNotExist();

        String refused = runCapturingErr(new String[] {"export", "--notes",
            EXAMPLES.resolve("promissory-note-2003.json").toString(), "--schedules",
            EXAMPLES.resolve("schedules.csv").toString(), "--as-of", "2004-06-30", "--discount-rate", "0.1",
            "--out", out.toString()}, 2);
        assertThat(refused).contains("--schedules").contains("cannot be used with a note JSON file");
        assertThat(out).doesNotExist();
    }

    @Test
    void scenarioComparisonDeltasRecalculateToTheEnginesFigures() throws Exception {
        Path out = dir.resolve("scenarios.xlsx");
        assertThat(Main.run(example("--as-of", "2004-01-01", "--discount-rate", "0.10", "--scenarios",
                EXAMPLES.resolve("scenarios.json").toString(), "--out", out.toString()))).isZero();
        try (XSSFWorkbook wb = Gnumeric.recalculate(out)) {
            Sheet measures = wb.getSheet("Measures");
            int rows = 0;
            for (Row r : measures) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                rows++;
                assertThat(r.getCell(ScenarioComparisonWorkbook.M_DELTA_NPV).getCellType()).isEqualTo(CellType.FORMULA);
                // ΔNPV is rounded to the currency's minor unit, as it is shown (no −0.00): yen to the yen.
                int scale = javax.money.Monetary.getCurrency(r.getCell(3).getStringCellValue()).getDefaultFractionDigits();
                assertThat(round(r.getCell(ScenarioComparisonWorkbook.M_DELTA_NPV).getNumericCellValue(), scale))
                        .as("Measures row %d", r.getRowNum() + 1)
                        .isEqualTo(round(r.getCell(ScenarioComparisonWorkbook.M_ENGINE_DELTA_NPV).getNumericCellValue(), scale));
            }
            int scenarios = com.notefolio.core.io.ScenarioJson.read(EXAMPLES.resolve("scenarios.json")).scenarios().size();
            assertThat(rows).isEqualTo(8 * (scenarios + 1));
            Sheet comparison = wb.getSheet("Comparison");
            int compared = 0;
            for (Row r : comparison) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                compared++;
                int scale = javax.money.Monetary.getCurrency(r.getCell(1).getStringCellValue()).getDefaultFractionDigits();
                assertThat(round(r.getCell(ScenarioComparisonWorkbook.CMP_DELTA_NPV).getNumericCellValue(), scale))
                        .as("Comparison row %d", r.getRowNum() + 1)
                        .isEqualTo(round(r.getCell(ScenarioComparisonWorkbook.CMP_ENGINE_DELTA_NPV).getNumericCellValue(), scale));
            }
            assertThat(compared).isGreaterThan(15);
            // One chart per currency, each drawing the base case and every scenario (the charts moved to their own
            // sheet, and cover every scenario rather than the first few).
            var charts = wb.getSheet("Charts").getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(4);
            for (var chart : charts) {
                assertThat(chart.getChartSeries().get(0).getSeriesCount()).isEqualTo(scenarios + 1);
            }
            Sheet ladder = wb.getSheet("Ladder");
            for (Row r : ladder) {
                if (r.getRowNum() > 0) {
                    double diff = r.getCell(ScenarioComparisonWorkbook.L_SCENARIO_TOTAL).getNumericCellValue()
                            - r.getCell(ScenarioComparisonWorkbook.L_BASE_TOTAL).getNumericCellValue();
                    assertThat(cents(r.getCell(ScenarioComparisonWorkbook.L_DIFFERENCE).getNumericCellValue()))
                            .isEqualTo(cents(diff));
                }
            }
        }
    }

    @Test
    void portfolioProjectionOfTheExamplesRecalculatesToTheEnginesFigures() throws Exception {
        Path out = dir.resolve("portfolio.xlsx");
        assertThat(Main.run(example("--as-of", "2022-06-30", "--discount-rate", "0.07", "--out", out.toString())))
                .isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            // Per currency, the ladder's interest and principal and the exposure by borrower, on the Charts sheet.
            assertThat(wb.getSheet("Charts").getDrawingPatriarch().getCharts()).hasSize(8);
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            assertThat(wb.getSheet("Flows").getPaneInformation().isFreezePane()).isTrue();
        }
        assertPortfolioSummary(out, 4); // USD, EUR, JPY, SEK
    }

    @Test
    void aGeneratedPortfolioOnACurveContinuesItsFlowsOnFurtherSheetsAndRecalculates() throws Exception {
        Path notes = dir.resolve("generated.csv");
        writeGenerated(notes, 150);
        ExportCommand command = new ExportCommand();
        command.rowLimit = 1_000;
        Path out = dir.resolve("generated.xlsx");
        int code = new CommandLine(command).execute("--notes", notes.toString(), "--as-of", "2020-06-30",
                "--curve", EXAMPLES.resolve("curve.csv").toString(), "--out", out.toString());
        assertThat(code).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            assertThat(wb.getSheet("Flows (2)")).isNotNull();
            assertThat(wb.getSheet("Flows").getLastRowNum()).isEqualTo(999);
            // Terms up to 30 years: the ladder chart covers the whole horizon year by year.
            var ladderChart = wb.getSheet("Charts").getDrawingPatriarch().getCharts().get(0);
            assertThat(ladderChart.getTitleText().getString()).startsWith("Cash due by year");
            var categories = ladderChart.getChartSeries().get(0).getSeries(0).getCategoryData();
            int lastYear = 0;
            for (int i = 0; i < categories.getPointCount(); i++) {
                lastYear = Math.max(lastYear, Integer.parseInt(categories.getPointAt(i).toString()));
            }
            assertThat(lastYear).isGreaterThan(2040);
        }
        assertPortfolioSummary(out, 1);
    }

    @Test
    void hostileNamesStayTextInTheWorkbookAndAreNeutralisedInCsv() throws Exception {
        Path notes = dir.resolve("hostile.csv");
        Files.writeString(notes, "note_id,borrower,sector,principal,annual_rate,issue_date,maturity_date,amortization\n"
                + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",+cmd|' /C calc'!A0,@SUM(1+1),1000.00,0.05,"
                + "2024-01-01,2025-01-01,LEVEL_PAYMENT\n"
                + "-1+1,\"\t=1+1\",-2+3,2000.00,0.06,2024-01-01,2026-01-01,INTEREST_ONLY\n");
        Path xlsx = dir.resolve("hostile.xlsx");
        assertThat(Main.run("export", "--notes", notes.toString(), "--as-of", "2024-06-30", "--discount-rate", "0.05",
                "--out", xlsx.toString())).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(xlsx.toFile())) {
            Sheet notesSheet = wb.getSheet("Notes");
            assertThat(notesSheet.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(notesSheet.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("=HYPERLINK(\"http://evil.example\",\"x\")");
            assertThat(notesSheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("+cmd|' /C calc'!A0");
            assertThat(notesSheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("-1+1");
            for (Sheet s : wb) {
                assertThat(s.getHyperlinkList()).isEmpty();
                for (Row r : s) {
                    for (Cell c : r) {
                        if (c.getCellType() == CellType.FORMULA) {
                            assertThat(c.getCellFormula()).doesNotContainIgnoringCase("HYPERLINK").doesNotContain("cmd");
                        }
                    }
                }
            }
        }
        Path folder = dir.resolve("csv");
        assertThat(Main.run("export", "--notes", notes.toString(), "--as-of", "2024-06-30", "--discount-rate", "0.05",
                "--csv", "--out", folder.toString())).isZero();
        String flows = Files.readString(folder.resolve("flows.csv"));
        assertThat(flows).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",1,").contains("\n'-1+1,1,");
        String exposure = Files.readString(folder.resolve("exposure.csv"));
        assertThat(exposure).contains("BORROWER,USD,'+cmd|' /C calc'!A0,").contains("SECTOR,USD,'@SUM(1+1),")
                .contains("BORROWER,USD,'=1+1,").contains("SECTOR,USD,'-2+3,");
        // The notes reader strips surrounding blanks; a leading tab or CR reaching the writer is neutralised too.
        assertThat(com.notefolio.reports.csv.CsvTable.text("\t=1+1")).isEqualTo("'\t=1+1");
        assertThat(com.notefolio.reports.csv.CsvTable.text("\r=1+1")).isEqualTo("\"'\r=1+1\"");
        for (String line : exposure.split("\n")) {
            for (String field : line.split(",")) {
                assertThat(field).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }
    }

    @Test
    void everyCsvExportRecordsItsAssumptionsBesideTheTables() throws Exception {
        Path folder = dir.resolve("projection");
        assertThat(Main.run(example("--as-of", "2022-06-30", "--discount-rate", "7%", "--csv", "--out",
                folder.toString()))).isZero();
        List<String> lines = Files.readAllLines(folder.resolve("assumptions.csv"));
        assertThat(lines.get(0)).isEqualTo("assumption,value");
        assertThat(lines).contains("As-of date,2022-06-30",
                "Discounting,\"Flat discount rate 7%, annually compounded on actual days / 365 (Excel XNPV/XIRR basis)\"",
                "Input,notes: " + EXAMPLES.resolve("notes.csv"), "Input,stated schedules: " + EXAMPLES.resolve("schedules.csv"),
                "Notefolio version,Notefolio 0.1.0");
        assertThat(lines).anyMatch(l -> l.startsWith("Price basis,"));

        Path scenarios = dir.resolve("scenarios");
        assertThat(Main.run(example("--as-of", "2004-01-01", "--curve", EXAMPLES.resolve("curve.csv").toString(),
                "--scenarios", EXAMPLES.resolve("scenarios.json").toString(), "--csv", "--out", scenarios.toString())))
                .isZero();
        String recorded = Files.readString(scenarios.resolve("assumptions.csv"));
        var set = com.notefolio.core.io.ScenarioJson.read(EXAMPLES.resolve("scenarios.json"));
        assertThat(recorded).contains("Discounting,\"Zero curve").contains("Scenario set," + set.name())
                .contains("Scenario: base,");
        for (var s : set.scenarios()) {
            // Each definition is a scenario set of that scenario alone: --scenarios reads it back.
            assertThat(recorded).contains(com.notefolio.reports.csv.CsvTable.text("Scenario: " + s.name()) + ",");
        }
        try (Stream<Path> files = Files.list(scenarios)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("assumptions.csv",
                    "scenario-measures.csv", "scenario-ladder.csv");
        }
    }

    private static String[] rates(String... more) {
        List<String> args = new ArrayList<>(List.of("export", "--notes", EXAMPLES.resolve("notes-rates.csv").toString(),
                "--rate-steps", EXAMPLES.resolve("rate-steps.csv").toString()));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    @Test
    void aFloatingNoteWithoutIndexDataIsBadInputNamingTheNoteAndIndexAndWritesNothing() throws Exception {
        Path out = dir.resolve("note.xlsx");
        String err = runCapturingErr(rates("--as-of", "2024-06-30", "--discount-rate", "7%", "--note",
                "FLOAT-PRIME-2022", "--out", out.toString()), 2);
        // The first reset, 2022-04-01 with no lookback, reads PRIME on that day: the data has none.
        assertThat(err).contains("notes-rates.csv").contains("FLOAT-PRIME-2022").contains("2022-04-01")
                .contains("PRIME").contains("--fixings").contains("--index-curve");
        assertThat(out).doesNotExist();

        for (String[] args : List.of(
                rates("--as-of", "2024-06-30", "--discount-rate", "7%", "--out", dir.resolve("p.xlsx").toString()),
                rates("--as-of", "2024-06-30", "--discount-rate", "7%", "--csv", "--out", dir.resolve("csv").toString()),
                rates("--as-of", "2024-06-30", "--discount-rate", "7%", "--scenarios",
                        EXAMPLES.resolve("scenarios.json").toString(), "--out", dir.resolve("s.xlsx").toString()))) {
            assertThat(runCapturingErr(args, 2)).contains("notes-rates.csv").contains("cannot be set")
                    .contains("--fixings");
        }
        try (Stream<Path> files = Files.list(dir)) {
            // No workbook; the CSV folder, if made, holds no table.
            assertThat(files.filter(f -> !Files.isDirectory(f))).isEmpty();
        }
        if (Files.isDirectory(dir.resolve("csv"))) {
            try (Stream<Path> files = Files.list(dir.resolve("csv"))) {
                assertThat(files).isEmpty();
            }
        }
    }

    @Test
    void csvExportOfFloatingNotesHasEachRowsRateAndRecordsTheIndexData() throws Exception {
        Path folder = dir.resolve("rates");
        Path fixings = EXAMPLES.resolve("fixings.csv");
        Path curve = EXAMPLES.resolve("index-curve.csv");
        assertThat(Main.run(rates("--fixings", fixings.toString(), "--index-curve", curve.toString(),
                "--as-of", "2024-06-30", "--discount-rate", "7%", "--csv", "--out", folder.toString()))).isZero();
        List<String> flows = Files.readAllLines(folder.resolve("flows.csv"));
        assertThat(flows.get(0)).endsWith(",rate,rate_source,kind,deferred_interest,fee");
        // FLOAT-SOFR-2023: SOFR + 2.75% rounded to the nearest 1/8 %, read 45 days before each semi-annual reset.
        // 2023-07-15 reads 2023-05-31: 5.08% + 2.75% = 7.83% -> 7.875% (62.64 eighths -> 63), within the 1%
        // periodic cap from 7.25% and the 3.25%..9% lifetime band.
        assertThat(rateOf(flows, "FLOAT-SOFR-2023", "2023-06-15")).isEqualTo("0.0725,fixing+forward_curve");
        assertThat(rateOf(flows, "FLOAT-SOFR-2023", "2023-07-15")).isEqualTo("0.07875,fixing+forward_curve");
        // 2025-01-15 reads 2024-12-01: the fixing of 2024-10-01, 4.84% + 2.75% = 7.59% -> 7.625% (60.72 -> 61).
        assertThat(rateOf(flows, "FLOAT-SOFR-2023", "2025-01-15")).isEqualTo("0.07625,fixing+forward_curve");
        // 2025-07-15 reads 2025-05-31, after the last fixing: the curve's 0M point (4.30% until 2025-07-01),
        // 4.30% + 2.75% = 7.05% -> 7% (56.4 -> 56), a fall of 0.625 points, within the 1% periodic floor.
        assertThat(rateOf(flows, "FLOAT-SOFR-2023", "2025-07-15")).isEqualTo("0.07,fixing+forward_curve");
        // A fixed-rate column for the stepped note: 5%, then 6% from 2024-06-01, no index read.
        assertThat(rateOf(flows, "STEP-2022", "2024-06-01")).isEqualTo("0.06,");

        List<String> recorded = Files.readAllLines(folder.resolve("assumptions.csv"));
        assertThat(recorded).contains("Input,rate steps: " + EXAMPLES.resolve("rate-steps.csv"),
                "Input,fixings: " + fixings, "Input,index curve: " + curve);
        assertThat(recorded).anyMatch(l -> l.startsWith("Index SOFR,\"10 fixings, 2023-01-03 to 2024-12-02; projected"
                + " past the last fixing by its forward curve from 2025-01-01: 0M 4.3%; 6M 4.1%; 12M 3.9%; 24M 3.7%; 60M 3.6%"));
        assertThat(recorded).anyMatch(l -> l.startsWith("Index PRIME,\"15 fixings, 2020-03-16 to 2024-12-19;"));

        // Without the curve, SOFR is held flat at its last fixing (4.64% from 2024-12-02): 2025-07-15 reads
        // 4.64% + 2.75% = 7.39% -> 7.375% (59.12 -> 59).
        Path flat = dir.resolve("flat");
        assertThat(Main.run(rates("--fixings", fixings.toString(), "--as-of", "2024-06-30", "--discount-rate", "7%",
                "--csv", "--out", flat.toString()))).isZero();
        List<String> flatFlows = Files.readAllLines(flat.resolve("flows.csv"));
        assertThat(rateOf(flatFlows, "FLOAT-SOFR-2023", "2025-07-15")).isEqualTo("0.07375,fixing+last_fixing_flat");
        assertThat(Files.readAllLines(flat.resolve("assumptions.csv"))).anyMatch(l -> l.startsWith("Index SOFR,")
                && l.contains("the last fixing held flat"));
    }

    @Test
    void thePortfolioWorkbookOfRateNotesShowsRateKindIndexExposureAndTheIndexData() throws Exception {
        Path out = dir.resolve("rates.xlsx");
        assertThat(Main.run(rates("--fixings", EXAMPLES.resolve("fixings.csv").toString(), "--index-curve",
                EXAMPLES.resolve("index-curve.csv").toString(), "--as-of", "2024-06-30", "--discount-rate", "7%",
                "--out", out.toString()))).isZero();
        // Every KPI recalculates to the engine's; the coupon weights each note's rate in effect on the as-of date.
        assertPortfolioSummary(out, 1);
        try (XSSFWorkbook wb = new XSSFWorkbook(out.toFile())) {
            Sheet notes = wb.getSheet("Notes");
            // Columns: O (14) the rate in effect on the as-of date, Q (16) rate kind, R (17) index.
            assertThat(notes.getRow(0).getCell(16).getStringCellValue()).isEqualTo("Rate kind");
            assertThat(notes.getRow(0).getCell(17).getStringCellValue()).isEqualTo("Index");
            java.util.Map<String, String> kinds = new java.util.TreeMap<>();
            java.util.Map<String, Double> rates = new java.util.TreeMap<>();
            for (Row r : notes) {
                if (r.getRowNum() > 0) {
                    kinds.put(r.getCell(0).getStringCellValue(),
                            r.getCell(16).getStringCellValue() + "/" + r.getCell(17).getStringCellValue());
                    rates.put(r.getCell(0).getStringCellValue(), r.getCell(14).getNumericCellValue());
                }
            }
            assertThat(kinds).containsEntry("FLOAT-SOFR-2023", "Floating/SOFR").containsEntry("STEP-2022", "Stepped/Fixed")
                    .containsEntry("FIX2FLOAT-2021", "Fixed to floating/SOFR")
                    .containsEntry("FLOAT2FIX-2022", "Floating to fixed/PRIME").containsEntry("FLOAT-PRIME-2022", "Floating/PRIME")
                    .hasSize(6);
            // The period due 2024-07-15 accrues from 2024-06-15 at the 2024-01-15 reset: the fixing of 2023-10-02
            // read on 2023-12-01, 5.31% + 2.75% = 8.06% -> 8% (64.48 eighths -> 64). STEP-2022: 6% from 2024-06-01.
            assertThat(rates).containsEntry("FLOAT-SOFR-2023", 0.08).containsEntry("STEP-2022", 0.06);

            java.util.Map<String, Long> exposure = new java.util.TreeMap<>();
            for (Row r : wb.getSheet("Exposure")) {
                String d = r.getCell(0).getStringCellValue();
                if (d.equals("RATE_KIND") || d.equals("INDEX")) {
                    exposure.put(d + ":" + r.getCell(2).getStringCellValue(), (long) r.getCell(3).getNumericCellValue());
                }
            }
            assertThat(exposure).containsExactlyInAnyOrderEntriesOf(java.util.Map.of(
                    "RATE_KIND:Floating", 3L, "RATE_KIND:Stepped", 1L, "RATE_KIND:Fixed to floating", 1L,
                    "RATE_KIND:Floating to fixed", 1L, "INDEX:SOFR", 2L, "INDEX:PRIME", 3L, "INDEX:Fixed", 1L));

            Sheet index = wb.getSheet("Index");
            List<String> blocks = new ArrayList<>();
            // Each index's fixings and projection as examples/fixings.csv and index-curve.csv state them.
            java.util.Map<String, Double> sofrRows = new java.util.LinkedHashMap<>();
            String block = null;
            for (Row r : index) {
                Cell c = r.getCell(0);
                if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals("Index")) {
                    block = r.getCell(1).getStringCellValue();
                    blocks.add(block);
                } else if ("SOFR".equals(block) && c != null && c.getCellType() == CellType.NUMERIC
                        && r.getCell(1) != null && r.getCell(1).getCellType() == CellType.NUMERIC) {
                    String key = org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(c)
                            ? c.getLocalDateTimeCellValue().toLocalDate().toString()
                            : "tenor " + (int) c.getNumericCellValue();
                    Cell rate = r.getCell(r.getCell(2) != null && r.getCell(2).getCellType() == CellType.NUMERIC ? 2 : 1);
                    sofrRows.put(key, rate.getNumericCellValue());
                }
            }
            assertThat(blocks).containsExactly("PRIME", "SOFR");
            assertThat(sofrRows).containsEntry("2023-10-02", 0.0531).containsEntry("2024-12-02", 0.0464)
                    .containsEntry("tenor 6", 0.0410).containsEntry("tenor 60", 0.0360);
        }
    }

    @Test
    void aScenarioComparisonRecordsWhatEachRateShockMoves() throws Exception {
        Path set = dir.resolve("shocks.json");
        Files.writeString(set, """
                {"name": "rate shocks", "scenarios": [
                  {"name": "index +100", "rateShockBp": 100, "rateShockTarget": "INDEX"},
                  {"name": "discount +100", "rateShockBp": 100, "rateShockTarget": "DISCOUNT"},
                  {"name": "all -50", "rateShockBp": -50}
                ]}
                """);
        Path out = dir.resolve("shocks.xlsx");
        assertThat(Main.run(rates("--fixings", EXAMPLES.resolve("fixings.csv").toString(), "--index-curve",
                EXAMPLES.resolve("index-curve.csv").toString(), "--as-of", "2024-06-30", "--discount-rate", "7%",
                "--scenarios", set.toString(), "--out", out.toString()))).isZero();
        try (XSSFWorkbook wb = Gnumeric.recalculate(out)) {
            java.util.Map<String, String> recorded = new java.util.LinkedHashMap<>();
            for (Row r : wb.getSheet("Assumptions")) {
                if (r.getCell(0) != null && r.getCell(1) != null && r.getCell(1).getCellType() == CellType.STRING) {
                    recorded.put(r.getCell(0).getStringCellValue(), r.getCell(1).getStringCellValue());
                }
            }
            assertThat(recorded.get("Scenario: index +100, rates")).startsWith("rate shock +100 bp moving the index projections only");
            assertThat(recorded.get("Scenario: discount +100, rates")).startsWith("rate shock +100 bp moving the discount curve only");
            assertThat(recorded.get("Scenario: all -50, rates"))
                    .startsWith("rate shock -50 bp moving the discount curve and the index projections together");
            assertThat(recorded.get("Index SOFR")).contains("forward curve from 2025-01-01");
            int rows = 0;
            for (Row r : wb.getSheet("Measures")) {
                if (r.getRowNum() == 0) {
                    continue;
                }
                rows++;
                assertThat(cents(r.getCell(ScenarioComparisonWorkbook.M_DELTA_NPV).getNumericCellValue()))
                        .as("Measures row %d", r.getRowNum() + 1)
                        .isEqualTo(cents(r.getCell(ScenarioComparisonWorkbook.M_ENGINE_DELTA_NPV).getNumericCellValue()));
            }
            assertThat(rows).isEqualTo(6 * 4);
        }
    }

    /** The rate and rate_source of a note's period accruing from {@code accrualStart}, as flows.csv has them. */
    private static String rateOf(List<String> flows, String note, String accrualStart) {
        for (String line : flows) {
            String[] f = line.split(",", -1);
            if (f[0].equals(note) && f[2].equals(accrualStart)) {
                return f[11] + "," + f[12];
            }
        }
        throw new AssertionError("no period of " + note + " from " + accrualStart);
    }

    /** Each currency block of the Summary: the formulas over the flows and ladder equal the engine's figures. */
    private void assertPortfolioSummary(Path out, int currencies) throws Exception {
        try (XSSFWorkbook wb = Gnumeric.recalculate(out)) {
            Sheet summary = wb.getSheet("Summary");
            int blocks = 0;
            for (int block = 0; summary.getRow(1 + block * PortfolioProjectionWorkbook.S_BLOCK) != null; block++) {
                blocks++;
                int top = 1 + block * PortfolioProjectionWorkbook.S_BLOCK;
                String currency = summary.getRow(top).getCell(1).getStringCellValue();
                // Every KPI is a formula now (4 of 17 were): each recalculates to the engine's figure beside it.
                for (int offset = PortfolioProjectionWorkbook.S_NOTES; offset <= PortfolioProjectionWorkbook.S_HERFINDAHL;
                     offset++) {
                    Row r = summary.getRow(top + offset);
                    assertThat(r.getCell(1).getCellType()).as("%s %s", currency, r.getCell(0)).isEqualTo(CellType.FORMULA);
                    assertThat(r.getCell(1).getCachedFormulaResultType()).as("%s %s: %s", currency, r.getCell(0),
                            r.getCell(1).getCellFormula()).isEqualTo(CellType.NUMERIC);
                    int scale = offset >= PortfolioProjectionWorkbook.S_COUPON ? 10
                            : javax.money.Monetary.getCurrency(currency).getDefaultFractionDigits();
                    assertThat(round(r.getCell(1).getNumericCellValue(), scale)).as("%s %s", currency, r.getCell(0))
                            .isEqualTo(round(r.getCell(2).getNumericCellValue(), scale));
                }
            }
            assertThat(blocks).isEqualTo(currencies);
        }
    }

    private static void writeGenerated(Path file, int count) throws Exception {
        PortfolioGenerator g = new PortfolioGenerator(11, 10);
        StringBuilder s = new StringBuilder("note_id,borrower,sector,region,rating,principal,annual_rate,issue_date,"
                + "maturity_date,amortization,frequency,day_count\n");
        for (int i = 1; s.length() > 0 && count > 0; i++) {
            Position p = g.note(i);
            var t = p.terms();
            if (t.amortization() == com.notefolio.core.note.Amortization.STATED
                    || t.amortization() == com.notefolio.core.note.Amortization.LEVEL_PAYMENT
                    && (t.statedPayment() != null || t.amortizationMonths() != null)) {
                continue; // stated tables and stated level payments need columns beyond this small file
            }
            s.append(String.join(",", t.id(), t.borrower().name(), t.sector(), t.region(), t.rating(),
                    com.notefolio.core.note.NoteTerms.decimal(t.principal()).toPlainString(),
                    t.annualRate().toPlainString(), t.issueDate().toString(), t.maturityDate().toString(),
                    t.amortization().name(), t.frequency().name(), t.accrualBasis().code())).append('\n');
            count--;
        }
        Files.writeString(file, s.toString());
    }

    private static String runCapturingErr(String[] args, int expectedCode) {
        CommandLine cli = Main.commandLine();
        StringWriter err = new StringWriter();
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).as(err::toString).isEqualTo(expectedCode);
        return err.toString();
    }

    static long cents(double value) {
        return round(value, 2);
    }

    static long round(double value, int scale) {
        return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }
}
