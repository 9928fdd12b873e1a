package io.elsim.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** elsim completion and elsim man: generated from the picocli command model. */
class ShellSupportTest {
    @Test
    void completion_scripts_for_bash_and_zsh() {
        Cli bash = Cli.run("completion", "bash");
        assertThat(bash.exit()).isZero();
        assertThat(bash.out()).contains("complete -F", "run", "schema", "--format");
        Cli zsh = Cli.run("completion", "zsh");
        assertThat(zsh.exit()).isZero();
        assertThat(zsh.out()).startsWith("# elsim completion for zsh").contains("bashcompinit", "complete -F");
        assertThat(Cli.run("completion", "fish").exit()).isEqualTo(2);
    }

    @Test
    void man_page_covers_every_command() {
        Cli man = Cli.run("man");
        assertThat(man.exit()).isZero();
        assertThat(man.out()).contains("= elsim(1)", "= elsim-run(1)", "= elsim-schema(1)", "= elsim-completion(1)");
        assertThat(man.err()).doesNotContain("WARN");
    }
}
