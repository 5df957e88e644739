package ballflight.nativekernel;

/**
 * The Rust kernel panicked and the library caught it at the C boundary ({@code BF_ERR_PANIC}).
 * Unlike a refusal ({@link IllegalArgumentException}) this is a bug in the library, never the
 * caller's input, so it is reported as such.
 */
public final class NativeKernelPanic extends IllegalStateException {
    public NativeKernelPanic(String nativeMessage) {
        super("native kernel panicked (a bug in libballflight, please report it): " + nativeMessage);
    }
}
