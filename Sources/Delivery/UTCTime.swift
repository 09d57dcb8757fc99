import JavaScriptRules

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock time for reports: seconds since 1970 and ISO 8601 text, without Foundation.
public enum UTCTime {
    /// Now, in seconds since 1970.
    public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_REALTIME, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) / 1e9
    }

    /// `2024-03-02T11:15:00.123Z`
    public static func iso8601(_ seconds: Double) -> String {
        CivilCalendar.isoText(millis: Int((seconds * 1000).rounded(.down)))
    }
}
