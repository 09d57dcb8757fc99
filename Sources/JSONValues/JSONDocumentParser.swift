#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#elseif canImport(Musl)
import Musl
#endif

/// A JSON parser to reuse for many documents on one thread, such as the lines of an NDJSON
/// stream: it remembers short strings (object keys, event names, types) so a string seen in
/// an earlier document is not built again. Results are the same as ``JSONParser``'s.
///
/// Not `Sendable`: give each thread its own.
///
/// ```swift
/// var parser = JSONDocumentParser()
/// for line in lines { let event = try parser.parse(line) … }
/// ```
public struct JSONDocumentParser {
    let cache: ShortStringCache
    /// The nesting limit (see ``JSONParser/defaultMaxDepth``).
    public let maxDepth: Int

    public init(maxDepth: Int = JSONParser.defaultMaxDepth) {
        self.cache = ShortStringCache()
        self.maxDepth = maxDepth
    }

    /// Parses one JSON value from UTF-8 bytes in `buffer`.
    public func parse(_ buffer: UnsafeRawBufferPointer) throws -> JSON {
        try JSONParser.parse(buffer, maxDepth: maxDepth, cache: cache)
    }

    /// Parses one JSON value from UTF-8 `bytes`.
    public func parse(_ bytes: [UInt8]) throws -> JSON {
        try bytes.withUnsafeBytes { try parse($0) }
    }

    /// Parses one JSON value from UTF-8 bytes in `buffer`, building only what `projection`
    /// keeps: the result is `projection.apply(to: parse(buffer))`, and the rest of the
    /// document is checked without being built, so a malformed document throws the same
    /// ``JSONParseError`` at the same place as ``parse(_:)-(UnsafeRawBufferPointer)``.
    ///
    /// For an evaluator that reads a few members of large documents (see
    /// `DestinationEngine.eventReads`), this saves building and freeing the rest.
    public func parse(_ buffer: UnsafeRawBufferPointer, keeping projection: JSONProjection) throws -> JSON {
        try JSONParser.parse(buffer, keeping: projection, maxDepth: maxDepth, cache: cache)
    }
}

/// A direct-mapped table of short ASCII strings (at most 15 bytes, which Swift stores
/// inline, so handing one out costs no allocation and no reference counting).
final class ShortStringCache {
    /// The longest string kept.
    static let maxLength = 15
    private static let slotBits = 10

    private struct Entry {
        /// Bytes 0..<8 of the string, zero-padded.
        var low: UInt64
        /// Bytes 8..<15, zero-padded, with the length in the top byte.
        var high: UInt64
        var string: String
    }

    private let entries: UnsafeMutablePointer<Entry>

    init() {
        let count = 1 << ShortStringCache.slotBits
        entries = .allocate(capacity: count)
        entries.initialize(repeating: Entry(low: 0, high: 0, string: ""), count: count)
    }

    deinit {
        entries.deinitialize(count: 1 << ShortStringCache.slotBits)
        entries.deallocate()
    }

    /// The string for the ASCII bytes `buffer[start..<end]` (at most ``maxLength`` bytes).
    @inline(__always)
    func string(_ buffer: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> String {
        let length = end - start
        var low: UInt64 = 0
        var high: UInt64 = 0
        let base = UnsafeRawPointer(buffer.baseAddress!)
        if start + 16 <= buffer.count {
            // Two unaligned loads, masked to the string's bytes (little-endian).
            let a = base.loadUnaligned(fromByteOffset: start, as: UInt64.self)
            let b = base.loadUnaligned(fromByteOffset: start + 8, as: UInt64.self)
            low = length >= 8 ? a : a & ((1 << (UInt64(length) * 8)) &- 1)
            high = length > 8 ? b & ((1 << (UInt64(length - 8) * 8)) &- 1) : 0
        } else {
            for k in 0..<length {
                let byte = UInt64(buffer[start + k])
                if k < 8 { low |= byte << (UInt64(k) * 8) } else { high |= byte << (UInt64(k - 8) * 8) }
            }
        }
        high |= UInt64(length) << 56
        let hash = (low &* 0x9E37_79B9_7F4A_7C15) ^ (high &* 0xC2B2_AE3D_27D4_EB4F)
        let slot = Int(truncatingIfNeeded: hash >> UInt64(64 - ShortStringCache.slotBits))
        if entries[slot].low == low, entries[slot].high == high { return entries[slot].string }
        let s = String(decoding: UnsafeBufferPointer(rebasing: buffer[start..<end]), as: UTF8.self)
        entries[slot] = Entry(low: low, high: high, string: s)
        return s
    }
}

/// Top-level member names to look for in ``JSONDocumentParser/scanMembers(_:named:visit:)``,
/// kept as UTF-8 bytes so that a document's keys are compared without building them.
/// Names are compared byte for byte, as object keys are.
public struct JSONMemberNames: Sendable {
    /// The names, in the order their indexes refer to.
    public let names: [String]
    /// Each name's UTF-8 length, and its first eight bytes as a little-endian word
    /// (zero-padded): most keys are told apart by these two.
    private let lengths: [Int]
    private let heads: [UInt64]
    /// Each name's bytes after the first eight, one after the other, from `tailStarts[k]`.
    private let tails: [UInt8]
    private let tailStarts: [Int]
    /// An open-addressing table over (length, head): each slot holds a name's index + 1,
    /// or 0 when empty. Its size is a power of two, at least twice the names.
    private let slots: [Int32]
    private let slotShift: UInt64

    public init(_ names: [String]) {
        // Kept small where they can be: the projecting parser stores them as object keys.
        self.names = names.map(ExactText.compact)
        var lengths: [Int] = [], heads: [UInt64] = [], tails: [UInt8] = [], tailStarts: [Int] = []
        for name in names {
            let utf8 = Array(name.utf8)
            lengths.append(utf8.count)
            heads.append(utf8.withUnsafeBufferPointer { JSONMemberNames.head($0) })
            tailStarts.append(tails.count)
            tails += utf8.dropFirst(8)
        }
        self.lengths = lengths
        self.heads = heads
        self.tails = tails
        self.tailStarts = tailStarts
        var bits: UInt64 = 1
        while (1 << bits) < 2 * names.count { bits += 1 }
        slotShift = 64 - bits
        var slots = [Int32](repeating: 0, count: 1 << bits)
        for k in names.indices {
            var s = JSONMemberNames.slot(heads[k], lengths[k], slotShift)
            while slots[s] != 0 { s = (s + 1) & (slots.count - 1) }
            slots[s] = Int32(k + 1)
        }
        self.slots = slots
    }

    @inline(__always)
    static func slot(_ head: UInt64, _ count: Int, _ shift: UInt64) -> Int {
        Int(truncatingIfNeeded: ((head ^ UInt64(truncatingIfNeeded: count)) &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    /// The first (up to) eight bytes of `bytes` as a little-endian word, zero-padded.
    @inline(__always)
    static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if bytes.count >= 8 { return UnsafeRawPointer(bytes.baseAddress!).loadUnaligned(as: UInt64.self).littleEndian }
        var word: UInt64 = 0
        for k in 0..<bytes.count { word |= UInt64(bytes[k]) << (UInt64(k) * 8) }
        return word
    }

    func index(ofBytes bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let count = bytes.count
        let head = JSONMemberNames.head(bytes)
        let mask = slots.count - 1
        var s = JSONMemberNames.slot(head, count, slotShift)
        while true {
            let k = Int(slots[s]) - 1
            if k < 0 { return -1 }
            if lengths[k] == count && heads[k] == head {
                if count <= 8 { return k }
                let same = tails.withUnsafeBufferPointer { t in
                    memcmp(t.baseAddress! + tailStarts[k], bytes.baseAddress! + 8, count - 8) == 0
                }
                if same { return k }
            }
            s = (s + 1) & mask
        }
    }

    func index(ofText text: String) -> Int {
        names.firstIndex { ExactText.equal($0, text) } ?? -1
    }
}

/// How ``JSONDocumentParser/scanMembers(_:named:visit:)`` ended.
public enum JSONScanEnd: Sendable, Equatable {
    /// The document's value is not an object; nothing after its first byte was read.
    case notAnObject
    /// The visitor asked to stop; the rest of the document was not read (or checked).
    case stopped
    /// The whole document was read, and it is one that ``JSONDocumentParser/parse(_:)-(UnsafeRawBufferPointer)``
    /// accepts.
    case finished
}

extension JSONDocumentParser {
    /// Reads the JSON object in `buffer` without building it, except for the top-level
    /// members named in `names`: each is parsed and handed to `visit` with its name's
    /// index, in document order (a repeated key is visited each time; as in ``parse(_:)-(UnsafeRawBufferPointer)``,
    /// the last one counts). `visit` returns `true` to stop reading.
    ///
    /// Everything read is checked exactly as ``parse(_:)-(UnsafeRawBufferPointer)`` checks
    /// it (UTF-8, escapes, numbers, nesting, trailing text), and a malformed document
    /// throws the same ``JSONParseError``, so a scan that ends in
    /// ``JSONScanEnd/finished`` vouches that parsing would succeed. A filter can then
    /// decide on a few members and skip building the whole value, such as an event that
    /// no trigger can match.
    public func scanMembers(
        _ buffer: UnsafeRawBufferPointer, named names: JSONMemberNames, visit: (_ index: Int, _ value: JSON) -> Bool
    ) throws -> JSONScanEnd {
        try JSONParser.scanMembers(buffer, named: names, maxDepth: maxDepth, cache: cache, visit: visit)
    }
}
