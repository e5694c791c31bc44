//! A fast hasher for short words in tables built once: the standard
//! SipHash guards against hash flooding from untrusted keys, which these
//! fixed tables do not need, and costs more than the lookup itself.

use std::hash::{BuildHasherDefault, Hasher};

/// Multiply-rotate hashing of bytes (the scheme of rustc's FxHash).
#[derive(Clone, Copy, Default)]
pub(crate) struct WordHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl WordHasher {
    fn mix(&mut self, v: u64) {
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(SEED);
    }
}

/// The little-endian `u32` at `b[i..i + 4]`.
fn u32_at(b: &[u8], i: usize) -> u64 {
    u64::from(u32::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]))
}

/// The little-endian `u64` at `b[i..i + 8]`.
fn u64_at(b: &[u8], i: usize) -> u64 {
    u64::from_le_bytes([b[i], b[i + 1], b[i + 2], b[i + 3], b[i + 4], b[i + 5], b[i + 6], b[i + 7]])
}

impl Hasher for WordHasher {
    /// Words are short: up to eight bytes are read as one or two
    /// overlapping loads and mixed once, with the length.
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        let v = match n {
            0 => 0,
            1..=3 => {
                u64::from(bytes[0]) << 16 | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1])
            }
            4..=8 => u32_at(bytes, 0) << 32 | u32_at(bytes, n - 4),
            _ => {
                let mut i = 0;
                while i + 8 < n {
                    self.mix(u64_at(bytes, i));
                    i += 8;
                }
                u64_at(bytes, n - 8)
            }
        };
        self.mix(v ^ (n as u64) << 56);
    }

    fn write_u8(&mut self, b: u8) {
        self.mix(u64::from(b));
    }

    /// The multiplication leaves its best bits high; the table indexes by
    /// the low ones.
    fn finish(&self) -> u64 {
        self.0.rotate_left(26)
    }
}

/// A `HashMap`/`HashSet` hasher builder for word tables.
pub(crate) type BuildWordHasher = BuildHasherDefault<WordHasher>;

/// A set of words.
pub(crate) type WordSet<'a> = std::collections::HashSet<&'a str, BuildWordHasher>;

/// A map from words.
pub(crate) type WordMap<'a, V> = std::collections::HashMap<&'a str, V, BuildWordHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sets_find_their_words_only() {
        let set: WordSet = ["ministre", "minister", "de", "général"].into_iter().collect();
        assert!(set.contains("ministre") && set.contains("général") && set.contains("de"));
        assert!(!set.contains("ministr") && !set.contains("") && !set.contains("ministres"));
        // Short and long words, with shared starts and ends.
        let words: Vec<String> = (0..2000).map(|i| format!("{}w{i}", "x".repeat(i % 13))).collect();
        let set: WordSet = words.iter().map(String::as_str).collect();
        assert!(words.iter().all(|w| set.contains(w.as_str())));
        assert!(!set.contains("w2000") && !set.contains("xw0"));
    }
}
