//! A fast hasher for short words in tables built once: the standard
//! SipHash guards against hash flooding from untrusted keys, which these
//! fixed tables do not need, and costs more than the lookup itself.

use std::hash::{BuildHasherDefault, Hasher};

/// Multiply-rotate hashing of bytes (the scheme of rustc's FxHash).
#[derive(Clone, Copy, Default)]
pub(crate) struct WordHasher(u64);

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

/// The little-endian `u32` at `b[i..i + 4]`.
fn u32_at(b: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&b[i..i + 4]);
    u64::from(u32::from_le_bytes(w))
}

/// The little-endian `u64` at `b[i..i + 8]`.
fn u64_at(b: &[u8], i: usize) -> u64 {
    // One bounds check and one load, not eight.
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(w)
}

impl Hasher for WordHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            h = (h.rotate_left(5) ^ u64_at(c, 0)).wrapping_mul(SEED);
        }
        for &b in chunks.remainder() {
            h = (h.rotate_left(5) ^ u64::from(b)).wrapping_mul(SEED);
        }
        self.0 = h;
    }

    fn write_u8(&mut self, b: u8) {
        self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(SEED);
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

/// A map from words. Words of at most 15 bytes are keyed by their bytes
/// and length packed in a `u128` (first byte lowest, length highest): a
/// lookup is one multiplication and one comparison, with no hashing of
/// bytes and no `memcmp`. Longer words go to an ordinary hash map. Built
/// once.
#[derive(Debug)]
pub(crate) struct PackedMap<V> {
    keys: Vec<u128>,
    values: Vec<V>,
    mask: usize,
    long: std::collections::HashMap<Box<str>, V, BuildWordHasher>,
}

/// The longest word a [`PackedMap`] holds.
pub(crate) const PACKED_MAX: usize = 15;

/// The bytes of a word of at most [`PACKED_MAX`] bytes as a key; `None`
/// when it is empty or longer.
pub(crate) fn packed_key(word: &[u8]) -> Option<u128> {
    if word.is_empty() || word.len() > PACKED_MAX {
        return None;
    }
    // The bytes in order, zero-padded, as loads of the whole slice: a
    // first word, then the tail's last bytes shifted down into place.
    let n = word.len();
    let bytes = if n >= 8 {
        let high = if n == 8 { 0 } else { u64_at(word, n - 8) >> (8 * (16 - n)) };
        u128::from(u64_at(word, 0)) | u128::from(high) << 64
    } else if n >= 4 {
        let tail = u32_at(word, n - 4) >> (8 * (8 - n));
        u128::from(u32_at(word, 0) | tail << 32)
    } else {
        let mut v = 0u64;
        for (k, &b) in word.iter().enumerate() {
            v |= u64::from(b) << (8 * k);
        }
        u128::from(v)
    };
    Some(bytes | (n as u128) << 120)
}

/// The key of the word `text[start..end]`, as [`packed_key`] gives it,
/// read with two whole loads from `text` when 16 bytes follow `start` (the
/// bytes past the word are masked off): no branch on the word's length.
/// `start..end` must be a range of `text`.
#[inline]
pub(crate) fn packed_key_in(text: &[u8], start: usize, end: usize) -> Option<u128> {
    let n = end - start;
    if n == 0 || n > PACKED_MAX {
        return None;
    }
    if start + 16 > text.len() {
        return packed_key(&text[start..end]);
    }
    let (lo, hi) = (u64_at(text, start), u64_at(text, start + 8));
    let (lo, hi) = if n <= 8 {
        (lo & (u64::MAX >> (8 * (8 - n))), 0)
    } else {
        (lo, hi & (u64::MAX >> (8 * (16 - n))))
    };
    Some(u128::from(lo) | u128::from(hi) << 64 | (n as u128) << 120)
}

impl<V: Copy + Default> PackedMap<V> {
    /// Builds the map; `merge` combines the values of a word given twice.
    /// The empty word is left out.
    pub(crate) fn new<'a>(entries: impl IntoIterator<Item = (&'a str, V)>, merge: impl Fn(V, V) -> V) -> PackedMap<V> {
        let mut short = Vec::new();
        let mut long = std::collections::HashMap::<Box<str>, V, BuildWordHasher>::default();
        for (w, v) in entries {
            match packed_key(w.as_bytes()) {
                Some(key) => short.push((key, v)),
                None if !w.is_empty() => {
                    let merged = long.get(w).map_or(v, |&old| merge(old, v));
                    long.insert(w.into(), merged);
                }
                None => {}
            }
        }
        let size = (short.len() * 4).next_power_of_two().max(16);
        let mut map = PackedMap { keys: vec![0; size], values: vec![V::default(); size], mask: size - 1, long };
        for (key, v) in short {
            let mut i = map.slot(key);
            while map.keys[i] != 0 && map.keys[i] != key {
                i = (i + 1) & map.mask;
            }
            map.values[i] = if map.keys[i] == key { merge(map.values[i], v) } else { v };
            map.keys[i] = key;
        }
        map
    }

    #[inline]
    fn slot(&self, key: u128) -> usize {
        let x = (key as u64) ^ ((key >> 64) as u64).rotate_left(29);
        (x.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 32) as usize & self.mask
    }

    /// The value of the word whose key is `key` (from [`packed_key`]).
    #[inline]
    pub(crate) fn get_key(&self, key: u128) -> Option<V> {
        let mut i = self.slot(key);
        loop {
            match self.keys[i] {
                0 => return None,
                k if k == key => return Some(self.values[i]),
                _ => i = (i + 1) & self.mask,
            }
        }
    }

    /// The value of the word whose bytes are `word`; bytes that are not
    /// UTF-8 have none.
    pub(crate) fn get_bytes(&self, word: &[u8]) -> Option<V> {
        match packed_key(word) {
            Some(k) => self.get_key(k),
            None => std::str::from_utf8(word).ok().and_then(|w| self.long.get(w).copied()),
        }
    }

    /// The value of the word `text[start..end]` (a range of `text` at
    /// character boundaries): [`PackedMap::get_bytes`] with the key read in
    /// place.
    #[inline]
    pub(crate) fn get_in(&self, text: &[u8], start: usize, end: usize) -> Option<V> {
        match packed_key_in(text, start, end) {
            Some(k) => self.get_key(k),
            None => self.get_bytes(&text[start..end]),
        }
    }

    /// The value of `word`.
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        self.get_bytes(word.as_bytes())
    }
}

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

    #[test]
    fn keys_read_in_place_are_the_keys_of_the_words() {
        // Every word of every length at every place, near the text's end
        // (where the loads fall back) and far from it; the bytes around a
        // word never enter its key.
        let text = b"abcdefghijklmnopqrstuvwxyz0123456789";
        for start in 0..text.len() {
            for end in start..=text.len() {
                assert_eq!(packed_key_in(text, start, end), packed_key(&text[start..end]), "{start}..{end}");
            }
        }
        let map = PackedMap::new([("hij", 1u8), ("abcdefghij", 2), ("0123456789", 3)], |a, _| a);
        assert_eq!(map.get_in(text, 7, 10), Some(1));
        assert_eq!(map.get_in(text, 7, 11), None);
        assert_eq!(map.get_in(text, 0, 10), Some(2));
        assert_eq!(map.get_in(text, 26, 36), Some(3));
    }

    #[test]
    fn packed_keys_are_the_bytes_in_order_and_the_length() {
        let word = b"abcdefghijklmnopq";
        for n in 1..=PACKED_MAX {
            let mut buf = [0u8; 16];
            buf[..n].copy_from_slice(&word[..n]);
            buf[15] = n as u8;
            assert_eq!(packed_key(&word[..n]), Some(u128::from_le_bytes(buf)), "{n}");
        }
        assert_eq!(packed_key(b""), None);
        assert_eq!(packed_key(&word[..16]), None);
    }

    #[test]
    fn packed_maps_find_their_words_only() {
        let words = ["a", "de", "l'", "ministre", "administratrice", "abcdefghijklmnop", "telecommunications", "abcdefghijklmno"];
        let map = PackedMap::new(words.iter().enumerate().map(|(i, w)| (*w, 1u32 << i)).chain([("de", 1 << 9)]), |a, b| a | b);
        for (i, w) in words.iter().enumerate() {
            let want = if *w == "de" { 1 << 1 | 1 << 9 } else { 1 << i };
            assert_eq!(map.get(w), Some(want), "{w}");
        }
        for w in ["", "b", "d", "dee", "ministres", "abcdefghijklmnopq", "a\0", "telecommunication"] {
            assert_eq!(map.get(w), None, "{w:?}");
        }
    }
}
