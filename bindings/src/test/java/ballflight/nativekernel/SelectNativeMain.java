package ballflight.nativekernel;

import ballflight.backend.Backend;
import ballflight.backend.BackendSelector;
import ballflight.backend.BackendUnavailableException;

/** Child-JVM probe for {@link NativeSelectionTest}: selects the native backend, prints the outcome. */
public final class SelectNativeMain {
    static final int UNAVAILABLE = 3;

    private SelectNativeMain() {
    }

    public static void main(String[] args) {
        try {
            System.out.println(BackendSelector.select(Backend.NATIVE).kernel().describe());
        } catch (BackendUnavailableException e) {
            System.out.println(e.getMessage());
            System.exit(UNAVAILABLE);
        }
    }
}
