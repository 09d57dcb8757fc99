import JavaScriptRules
import JSONValues

// @date: parses an ISO-8601 / RFC 3339 text or a unix-milliseconds number and writes it
// as unix seconds, unix milliseconds or ISO-8601 UTC text.

extension Compiler {
    mutating func date(_ value: JSON, at pointer: String) -> MappingNode {
        guard let o = options(value, at: pointer, checkingMembers: false) else { return AbsentNode() }
        let errorCount = errors.count
        var source: MappingNode?
        if require(o, "value", at: pointer), let raw = o["value"] {
            source = mapping(raw, at: JSONPointer.appending(pointer, "value"))
        }
        var format: DateNode.Format?
        if require(o, "format", at: pointer), let raw = o["format"] {
            let p = JSONPointer.appending(pointer, "format")
            if let s = expectString(raw, at: p) {
                format = DateNode.Format(rawValue: s)
                if format == nil { fail(p, "should be one of unix, unixMillis, iso but it is \(JS.stringify(raw))") }
            }
        }
        var reading = DateNode.Reading.iso
        if let raw = o["parse"] {
            let p = JSONPointer.appending(pointer, "parse")
            if let s = expectString(raw, at: p) {
                if let r = DateNode.Reading(rawValue: s) { reading = r } else { fail(p, "should be one of iso, dayjs but it is \(JS.stringify(raw))") }
            }
        }
        guard errors.count == errorCount, let source, let format else { return AbsentNode() }
        return DateNode(source: source, format: format, reading: reading)
    }
}

final class DateNode: MappingNode, @unchecked Sendable {
    enum Format: String, Sendable {
        case unix, unixMillis, iso
    }

    /// How text is read: `iso` (strict ISO 8601, no offset means UTC) or `dayjs` (as
    /// `dayjs(text)` reads it: text not ending in `Z` that fits dayjs's loose pattern is a
    /// date with JavaScript's `new Date(y, m, d, …)` roll-over, read in UTC; anything else
    /// as ISO 8601).
    enum Reading: String, Sendable {
        case iso, dayjs
    }

    let source: MappingNode
    let format: Format
    let reading: Reading

    init(source: MappingNode, format: Format, reading: Reading = .iso) {
        self.source = source
        self.format = format
        self.reading = reading
    }

    override func evaluate(_ payload: JSON?, _ budget: EvaluationBudget) throws -> JSON? {
        let millis: Int?
        switch try source.evaluate(payload, budget) {
        case .string(let s)?:
            millis = reading == .dayjs
                ? Dayjs.millis(parsing: s)
                : ISODate.millis(s)
        case .number(let n)?: millis = JSDate.millis(fromNumber: n.doubleValue)
        default: millis = nil
        }
        guard let ms = millis else { return nil }
        switch format {
        case .unix: return .number(JSONNumber(CivilCalendar.floorDiv(ms, 1000)))
        case .unixMillis: return .number(JSONNumber(ms))
        case .iso: return .string(CivilCalendar.isoText(millis: ms))
        }
    }

    /// Only the source's value is read (the rest is configuration).
    override var reads: JSONProjection { source.reads }
}
