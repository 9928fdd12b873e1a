package io.elsim.report;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 28 item 1: which destinations are the process's own open descriptors. */
class OwnDescriptorTest {
    @Test
    void item1_namesOfTheProcesssOwnDescriptorsAreRecognised() {
        long pid = ProcessHandle.current().pid();
        assertThat(OwnDescriptor.of(Path.of("/dev/stdout"))).isEqualTo(OptionalInt.of(1));
        assertThat(OwnDescriptor.of(Path.of("/dev/stderr"))).isEqualTo(OptionalInt.of(2));
        assertThat(OwnDescriptor.of(Path.of("/dev/fd/1"))).isEqualTo(OptionalInt.of(1));
        assertThat(OwnDescriptor.of(Path.of("/dev/fd/../fd/7"))).isEqualTo(OptionalInt.of(7));
        assertThat(OwnDescriptor.of(Path.of("/proc/self/fd/2"))).isEqualTo(OptionalInt.of(2));
        assertThat(OwnDescriptor.of(Path.of("/proc/thread-self/fd/1"))).isEqualTo(OptionalInt.of(1));
        assertThat(OwnDescriptor.of(Path.of("/proc/" + pid + "/fd/3"))).isEqualTo(OptionalInt.of(3));
        // another process's descriptors, and files that merely look alike, are ordinary paths
        assertThat(OwnDescriptor.of(Path.of("/proc/" + (pid + 1) + "/fd/1"))).isEmpty();
        assertThat(OwnDescriptor.of(Path.of("/tmp/dev/stdout"))).isEmpty();
        assertThat(OwnDescriptor.of(Path.of("/dev/stdout.csv"))).isEmpty();
        assertThat(OwnDescriptor.of(Path.of("stdout"))).isEmpty();
    }

    @Test
    void item1_theProcesssInputAndADescriptorThatIsNotOpenAreRefused() {
        assertThatThrownBy(() -> OutputTarget.checkWritable(Path.of("/dev/stdin"), java.util.List.of()))
                .hasMessage("cannot write /dev/stdin: it is the process's input");
        assertThatThrownBy(() -> AtomicOutput.writeString(Path.of("/dev/fd/987654"), "x", java.util.List.of()))
                .hasMessage("cannot write /dev/fd/987654: no such open descriptor");
    }
}
