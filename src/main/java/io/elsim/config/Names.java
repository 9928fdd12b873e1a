package io.elsim.config;

import io.elsim.model.Printable;

/**
 * The one rule every name in a config obeys (the line's, a product's, a station's, a part's,
 * a supplier's, the site's, and any name a later section adds): a name is an identifier, not
 * text that may act. It has no control character (C0, DEL, C1, bidirectional controls) and no
 * line break, because reports print it on terminals, and it does not start with {@code =},
 * {@code +}, {@code -} or {@code @}, because reports go to spreadsheets, which run such a cell
 * as a formula. A reader of a new name-bearing key calls {@link Values#name} (or
 * {@link Values#nameKey} for a name written as a mapping key) and gets the rule with it.
 */
public final class Names {
    /** The characters a spreadsheet reads as the start of a formula, as the rule refuses them. */
    public static final String FORMULA_STARTS = "=+-@";

    private Names() { }

    /** Why {@code name} is not a valid name ("starts with '=', which ..."), or null when it is one. */
    public static String problem(String name) {
        String control = controlProblem(name);
        if (control != null) return control;
        if (!name.isEmpty() && FORMULA_STARTS.indexOf(name.charAt(0)) >= 0) {
            return "starts with '" + name.charAt(0) + "', which a spreadsheet would run as a formula;"
                    + " a name may not start with =, +, - or @";
        }
        return null;
    }

    /**
     * The control-character half of the rule alone: for a name elsim takes from a file name
     * (the line's name when the config gives none, a plant's in a cluster), where a leading
     * {@code =} is the user's own choice of file name and CSV output neutralises it anyway.
     */
    public static String controlProblem(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Printable.isLineBreak(c)) {
                return "contains a line break (" + Printable.escapeOf(c) + "); a name is one line";
            }
            if (c >= 0x2000 && Printable.isControl(c)) {
                return "contains the bidirectional control " + Printable.escapeOf(c)
                        + ", which reorders how the text around it is shown; a name may not contain control characters";
            }
            if (Printable.isControl(c)) {
                return "contains the control character " + Printable.escapeOf(c)
                        + ", which a terminal would act on (clear the screen, recolour, retitle the window)"
                        + " instead of showing it; a name may not contain control characters";
            }
        }
        return null;
    }

    /** "'a\x1bb' contains ...": the name shown escaped, then why it is refused; null when valid. */
    static String message(String name) {
        String why = problem(name);
        return why == null ? null : "'" + Printable.escape(name) + "' " + why;
    }
}
