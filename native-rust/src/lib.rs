//! ballflight native kernel (placeholder until the native-kernel issue lands).

/// Version of the C ABI; the Java side refuses a library with another value.
pub const BF_ABI_VERSION: u32 = 1;

/// Returns [`BF_ABI_VERSION`].
#[unsafe(no_mangle)]
pub extern "C" fn bf_abi_version() -> u32 {
    BF_ABI_VERSION
}
