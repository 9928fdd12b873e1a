package io.elsim.model;

/**
 * What one server of a station draws, in kW, in each energy state (electricity for
 * {@code power_kw}, gas for {@code gas_kw}). The config's defaulting rules are already
 * applied: every state has a value.
 *
 * @param working  processing a vehicle
 * @param setup    changing over between products (the working value unless given)
 * @param idle     blocked, starved, or starved of parts (the working value unless given)
 * @param down     failed, under repair (the idle value unless given)
 * @param offShift the plant is off shift (0 unless given)
 */
public record PowerSpec(double working, double setup, double idle, double down, double offShift) {

    /** A bare number: the same draw in every on-shift state, none off shift. */
    public static PowerSpec onShift(double kw) {
        return new PowerSpec(kw, kw, kw, kw, 0);
    }

    /** kWh drawn by servers that spent the given server-seconds in each state. */
    public double kwh(StateSeconds s) {
        return (working * s.working() + setup * s.setup() + idle * s.idle() + down * s.down()
                + offShift * s.offShift()) / Units.HOUR;
    }

    /** kWh drawn outside working and setup: idle, down and off shift. */
    public double idleKwh(StateSeconds s) {
        return (idle * s.idle() + down * s.down() + offShift * s.offShift()) / Units.HOUR;
    }

    /**
     * Server-seconds a station spent in each energy state, summed over its servers.
     *
     * @param idle blocked, starved and starved of parts together
     */
    public record StateSeconds(double working, double setup, double idle, double down, double offShift) {
        public StateSeconds minus(StateSeconds o) {
            return new StateSeconds(working - o.working, setup - o.setup, idle - o.idle, down - o.down,
                    offShift - o.offShift);
        }
    }
}
