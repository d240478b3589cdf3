//! The `analyse_bytes` fuzz target: see calls.rs.

#![no_main]

#[path = "../calls.rs"]
mod calls;

libfuzzer_sys::fuzz_target!(|data: &[u8]| calls::analyse_bytes(data));
