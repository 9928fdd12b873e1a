package io.elsim.line;

import io.elsim.engine.RandomStream;

/**
 * {@code routing: share}: a route drawn at random by its share, from the station's own stream
 * ("station:NAME:route"). A product with one applicable route draws nothing, so routing by
 * product alone leaves the stream untouched.
 */
final class ShareRouter extends Router {
    /** Cumulative shares per product, parallel to {@link #byProduct}. */
    private final double[][] cumulative;
    private final Destination[][][] waitAt;
    private final RandomStream stream;

    ShareRouter(Destination[][] byProduct, double[][] shares, RandomStream stream) {
        super(byProduct);
        this.stream = stream;
        cumulative = new double[shares.length][];
        waitAt = new Destination[shares.length][][];
        for (int p = 0; p < shares.length; p++) {
            double sum = 0;
            cumulative[p] = new double[shares[p].length];
            waitAt[p] = new Destination[shares[p].length][];
            for (int k = 0; k < shares[p].length; k++) {
                sum += shares[p][k];
                cumulative[p][k] = sum;
                waitAt[p][k] = new Destination[] {byProduct[p][k]};
            }
        }
    }

    @Override
    Destination[] send(Vehicle v, Sender sender) {
        int p = v.product;
        Destination[] ds = byProduct[p];
        int k = 0;
        if (ds.length > 1) {
            double u = stream.nextDouble();
            double[] c = cumulative[p];
            // a share of 0 is never drawn; rounding leaves the last route for u close to 1
            while (k < ds.length - 1 && !(u < c[k])) k++;
        }
        return sendTo(ds[k], waitAt[p][k], v, sender);
    }
}
