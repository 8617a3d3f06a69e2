package com.notefolio.core.io;

import com.notefolio.core.convention.Frequency;
import com.notefolio.core.note.Amortization;
import com.notefolio.core.note.DefaultTerms;
import com.notefolio.core.note.NoteTerms;
import com.notefolio.core.note.Party;
import com.notefolio.core.note.PrepaymentTerms;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The 2003 promissory note (shared/seed/promissory-note-2003.txt) as the examples hold it, and their paths. */
final class Note2003 {

    static final Path EXAMPLES = Path.of("..", "examples");
    static final Path NOTES_CSV = EXAMPLES.resolve("notes.csv");
    static final Path SCHEDULES_CSV = EXAMPLES.resolve("schedules.csv");
    static final Path NOTE_JSON = EXAMPLES.resolve("promissory-note-2003.json");

    static final List<String> EVENTS_OF_DEFAULT = List.of(
            "Failure to pay a monthly installment within ten (10) days of its due date following the Lender's"
                    + " written notice of default and demand.",
            "Bankruptcy of the Borrower: a voluntary petition under the bankruptcy laws, bankruptcy proceedings"
                    + " against the Borrower consented to or not dismissed or stayed within ninety (90) days, or an"
                    + " assignment for the benefit of creditors.",
            "A judgment against the Borrower not paid, satisfied, discharged, stayed or bonded within ninety (90)"
                    + " days of its entry.",
            "Assignment of the Note by the Borrower, other than to an entity that controls, is controlled by or is"
                    + " under common control with the Borrower.");

    private Note2003() {
    }

    /** The terms as the portfolio CSV can state them (no events-of-default text: the CSV has no column for it). */
    static NoteTerms.Builder asInCsv() {
        NoteTerms.Builder b = NoteTerms.builder("INFINITE-2003")
                .borrower(new Party("Infinite Group, Inc.", "595 Blossom Road, Suite 309, Rochester, NY 14610"))
                .lender(new Party("Carle C. Conway", "10113 NE Kitsap Street, Bainbridge Island, WA 98110"))
                .sector("Technology")
                .region("US-NY")
                .currency("USD")
                .principal("150000.00")
                .annualRate("0.12")
                .issueDate(LocalDate.of(2003, 8, 13))
                .firstPaymentDate(LocalDate.of(2003, 9, 12))
                .maturityDate(LocalDate.of(2006, 1, 12))
                .frequency(Frequency.MONTHLY)
                .amortization(Amortization.STATED)
                .prepayment(PrepaymentTerms.FREELY)
                .defaults(new DefaultTerms(10, null, true, true, List.of()))
                .security(true, "Collateral Security Agreement of even date between the Lender and the Borrower", null)
                .governingLaw("New York");
        LocalDate due = LocalDate.of(2003, 9, 12);
        for (int i = 0; i < 28; i++) {
            b.addStatedPayment(due.plusMonths(i), new BigDecimal("1500.00"));
        }
        b.addStatedPayment(LocalDate.of(2006, 1, 12), new BigDecimal("151500.00"));
        return b;
    }

    /** Every term of the document, events of default included. */
    static NoteTerms complete() {
        return asInCsv().defaults(new DefaultTerms(10, null, true, true, EVENTS_OF_DEFAULT)).build();
    }
}
