package io.elsim.model;

/**
 * The plant's energy assumptions: emission factors and the base load of the building
 * (lighting, HVAC, compressed air) that no station carries.
 *
 * @param electricityCo2KgPerKwh grid factor, kg CO2e per kWh of electricity; null when not given
 * @param gasCo2KgPerKwh         natural-gas factor, kg CO2e per kWh of gas; null when not given
 * @param baseLoadKw             electricity drawn on and off shift
 */
public record EnergySpec(Double electricityCo2KgPerKwh, Double gasCo2KgPerKwh, BaseLoad baseLoadKw) {

    public EnergySpec(Double electricityCo2KgPerKwh, Double gasCo2KgPerKwh, double onShiftKw, double offShiftKw) {
        this(electricityCo2KgPerKwh, gasCo2KgPerKwh, new BaseLoad(onShiftKw, offShiftKw));
    }

    /** kW drawn while the plant is on shift and while it is off shift. */
    public record BaseLoad(double onShift, double offShift) { }
}
