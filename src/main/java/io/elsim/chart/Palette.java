package io.elsim.chart;

import java.awt.Color;

/** The state colours, matching the terminal bars' ANSI colours (working green, blocked amber, …). */
final class Palette {
    private Palette() { }

    static final Color[] STATES = {
        new Color(0x2e, 0x9e, 0x44),   // working
        new Color(0xf2, 0xb1, 0x34),   // blocked
        new Color(0x4a, 0x7f, 0xc9),   // starved
        new Color(0x5b, 0xc8, 0xd6),   // starved of parts
        new Color(0xd6, 0x3b, 0x3b),   // down
        new Color(0xa8, 0x5c, 0xc4),   // setup
        new Color(0xbd, 0xbd, 0xbd),   // off shift
    };
    static final Color BARS = new Color(0x4a, 0x7f, 0xc9);
    static final Color P50 = new Color(0x2e, 0x9e, 0x44);
    static final Color P90 = new Color(0xd6, 0x3b, 0x3b);
    static final Color TARGET = new Color(0x6a, 0x1b, 0x9a);
    /** The power panel's series: the largest stations, then "other stations" and "base load" in greys. */
    static final Color[] CONSUMERS = {
        new Color(0xd6, 0x3b, 0x3b), new Color(0xf2, 0xb1, 0x34), new Color(0x4a, 0x7f, 0xc9),
        new Color(0x2e, 0x9e, 0x44), new Color(0xa8, 0x5c, 0xc4), new Color(0x5b, 0xc8, 0xd6),
    };
    static final Color OTHER_CONSUMERS = new Color(0x8c, 0x8c, 0x8c);
    static final Color BASE_LOAD = new Color(0xcf, 0xcf, 0xcf);
}
