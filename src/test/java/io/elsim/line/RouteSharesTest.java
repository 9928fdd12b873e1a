package io.elsim.line;

import io.elsim.model.RouteSpec;
import io.elsim.model.Routing;
import io.elsim.model.StationSpec;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.elsim.line.HandCalculationTest.c;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The probabilities `routing: share` gives each route, and the routes that apply to a product. */
class RouteSharesTest {
    private static final double EPS = 1e-15;

    private static RouteSpec share(String to, Double share, String... products) {
        return new RouteSpec(to, share, List.of(products));
    }

    @Test
    void the_route_without_a_share_takes_the_rest_wherever_it_is_listed() {
        double[] s = NetworkBuilder.shares(List.of(share("a", 0.3), share("b", null), share("c", 0.2)));
        assertThat(s[0]).isCloseTo(0.3, within(EPS));
        assertThat(s[1]).isCloseTo(0.5, within(EPS));
        assertThat(s[2]).isCloseTo(0.2, within(EPS));
    }

    @Test
    void routes_without_any_share_are_equally_likely() {
        assertThat(NetworkBuilder.shares(List.of(share("a", null), share("b", null), share("c", null))))
                .containsExactly(1.0 / 3, 1.0 / 3, 1.0 / 3);
        assertThat(NetworkBuilder.shares(List.of(share("a", null)))).containsExactly(1.0);
    }

    @Test
    void shares_that_fill_the_whole_leave_nothing_to_the_open_route() {
        assertThat(NetworkBuilder.shares(List.of(share("a", 0.75), share("b", 0.25), share("c", null))))
                .containsExactly(0.75, 0.25, 0.0);
    }

    @Test
    void a_product_takes_the_routes_listing_it_or_else_the_routes_listing_no_product() {
        StationSpec s = StationSpec.simple("s", c(1), 1, 0).withRoutes(Routing.SHARE, List.of(
                share("a", null, "R5"), share("b", 0.5), share("c", 0.5), share("d", null, "R5", "Megane")));
        assertThat(NetworkBuilder.applicable(s, "R5")).extracting(RouteSpec::to).containsExactly("a", "d");
        assertThat(NetworkBuilder.applicable(s, "Megane")).extracting(RouteSpec::to).containsExactly("d");
        assertThat(NetworkBuilder.applicable(s, "Scenic")).extracting(RouteSpec::to).containsExactly("b", "c");
    }
}
