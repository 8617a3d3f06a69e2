package com.notefolio.core.actus;

import java.util.List;

/** What an ACTUS file held: the contracts Notefolio represents and those it cannot, with why, in file order. */
public record ActusContracts(List<ActusContract> contracts, List<ActusUnsupported> unsupported) {

    public ActusContracts {
        contracts = List.copyOf(contracts);
        unsupported = List.copyOf(unsupported);
    }
}
