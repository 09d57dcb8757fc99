/// What JavaScript's `Date.parse(text)` (and `new Date(text)`) gives for date text, in a
/// process whose time zone is UTC (the engine's zone for text without an offset):
/// the date time string format first (``ISODate``, lenient), then V8's legacy forms
/// (``LegacyDate``). Liquid's `date` filters and dayjs's fallback both read text this way.
package enum JSDate {
    /// Milliseconds since 1970, or `nil` where JavaScript gives an invalid date.
    package static func millis(_ text: String) -> Int? {
        ISODate.millis(text, lenient: true) ?? LegacyDate.millis(text)
    }

    /// `new Date(d).getTime()` for a number (`TimeClip`): the value truncated towards
    /// zero, or `nil` when it is not finite or beyond ±8.64e15.
    package static func millis(fromNumber d: Double) -> Int? {
        guard d.isFinite, abs(d) <= Double(CivilCalendar.maxMillis) else { return nil }
        return Int(d.rounded(.towardZero))
    }
}
