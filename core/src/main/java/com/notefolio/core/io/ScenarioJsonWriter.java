package com.notefolio.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.notefolio.core.scenario.DatedAdvance;
import com.notefolio.core.scenario.DatedPrepayment;
import com.notefolio.core.scenario.DefaultSpeed;
import com.notefolio.core.scenario.EventOfDefault;
import com.notefolio.core.scenario.IndexPath;
import com.notefolio.core.scenario.PrepaymentSpeed;
import com.notefolio.core.scenario.RateShockTarget;
import com.notefolio.core.scenario.Recovery;
import com.notefolio.core.scenario.Scenario;
import com.notefolio.core.scenario.ScenarioSet;
import java.math.BigDecimal;

/**
 * A scenario set as the JSON tree of {@link ScenarioJson}'s format: amounts as plain decimal strings,
 * rates and speeds as the shortest decimals that read back to the same doubles, and only the fields a
 * scenario uses, so that reading the tree gives back an equal set.
 */
final class ScenarioJsonWriter {

    private final JsonNodeFactory nodes;

    ScenarioJsonWriter(JsonNodeFactory nodes) {
        this.nodes = nodes;
    }

    ObjectNode tree(ScenarioSet set) {
        ObjectNode root = nodes.objectNode().put("name", set.name());
        ArrayNode scenarios = root.putArray("scenarios");
        for (Scenario s : set.scenarios()) {
            scenarios.add(tree(s));
        }
        return root;
    }

    private ObjectNode tree(Scenario s) {
        ObjectNode n = nodes.objectNode().put("name", s.name());
        if (!s.prepayments().isEmpty()) {
            ArrayNode list = n.putArray("prepayments");
            for (DatedPrepayment p : s.prepayments()) {
                ObjectNode e = list.addObject().put("note", p.noteId()).put("date", String.valueOf(p.date()));
                if (p.isPayoff()) {
                    e.put("payoff", true);
                } else {
                    e.put("amount", p.amount().toPlainString()).put("mode", p.mode().name());
                }
            }
        }
        if (!s.draws().isEmpty()) {
            ArrayNode list = n.putArray("draws");
            for (DatedAdvance d : s.draws()) {
                list.addObject().put("note", d.noteId()).put("date", String.valueOf(d.date()))
                        .put("amount", d.amount().toPlainString());
            }
        }
        PrepaymentSpeed speed = s.prepaymentSpeed();
        if (speed != null) {
            ObjectNode e = n.putObject("prepaymentSpeed");
            if (speed instanceof PrepaymentSpeed.Cpr c) {
                e.set("cpr", number(c.cpr()));
            } else if (speed instanceof PrepaymentSpeed.Smm m) {
                e.set("smm", number(m.smm()));
            } else if (speed instanceof PrepaymentSpeed.Psa p) {
                e.set("psa", number(p.psa()));
            } else if (speed instanceof PrepaymentSpeed.CprVector v) {
                ArrayNode a = e.putArray("cprVector");
                v.cprs().forEach(x -> a.add(number(x)));
            }
            if (s.premiumsOnSpeed()) {
                n.put("premiumsOnSpeed", true);
            }
        }
        DefaultSpeed d = s.defaultSpeed();
        if (d != null) {
            n.putObject("defaultSpeed").<ObjectNode>set("cdr", number(d.cdr())).<ObjectNode>set("severity",
                    number(d.severity())).put("recoveryLagMonths", d.recoveryLagMonths());
        }
        if (!s.eventsOfDefault().isEmpty()) {
            ArrayNode list = n.putArray("eventsOfDefault");
            for (EventOfDefault ev : s.eventsOfDefault()) {
                ObjectNode e = list.addObject().put("note", ev.noteId())
                        .put("missedPayment", String.valueOf(ev.missedPaymentDate()))
                        .put("notice", String.valueOf(ev.noticeDate()));
                // The model reads an absent cost as BigDecimal.ZERO: leave out exactly that, so it reads back equal.
                if (!BigDecimal.ZERO.equals(ev.collectionCosts())) {
                    e.put("collectionCosts", ev.collectionCosts().toPlainString());
                }
                e.set("recovery", tree(ev.recovery()));
            }
        }
        if (s.rateShockBp() != 0) {
            n.set("rateShockBp", number(s.rateShockBp()));
        }
        // BOTH is what an absent target reads as: left out, so files without index moves stay as they were.
        if (s.rateShockTarget() != RateShockTarget.BOTH) {
            n.put("rateShockTarget", s.rateShockTarget().name());
        }
        IndexPath path = s.indexPath();
        if (path != null) {
            ObjectNode e = n.putObject("indexPath").put("index", path.index()).put("start", path.start().toString());
            ArrayNode levels = e.putArray("levels");
            path.levels().forEach(levels::add);
        }
        return n;
    }

    private ObjectNode tree(Recovery recovery) {
        ObjectNode n = nodes.objectNode();
        if (recovery instanceof Recovery.Stated r) {
            n.put("amount", r.amount().toPlainString()).put("date", String.valueOf(r.date()));
        } else if (recovery instanceof Recovery.Collateral r) {
            ObjectNode c = n.putObject("collateral");
            if (r.value() != null) {
                c.put("value", r.value().toPlainString());
            }
            c.set("haircut", number(r.haircut()));
            c.put("costs", r.costs().toPlainString());
            c.put("lagMonths", r.lagMonths());
        }
        return n;
    }

    /**
     * A double as the shortest decimal that reads back to it ({@code 0.1}, not 0.1000000000000000055…), and
     * whole values without a fraction ({@code 200}, not 200.0). Values refuse NaN and infinities.
     */
    private JsonNode number(double x) {
        BigDecimal d = new BigDecimal(Double.toString(x)).stripTrailingZeros();
        return nodes.numberNode(d.scale() < 0 ? d.setScale(0) : d);
    }
}
