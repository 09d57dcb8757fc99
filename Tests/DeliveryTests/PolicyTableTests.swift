import Delivery
import Testing

@Suite("Response classes, Retry-After, backoff and redirects")
struct PolicyTableTests {
    @Test("statuses are classified as Segment's core classifies them")
    func classes() {
        for s in [200, 201, 202, 204, 299] { #expect(ResponseClass.of(status: s) == .delivered, "\(s)") }
        for s in [408, 423, 429, 500, 502, 503, 504, 505, 508, 511, 598, 599] { #expect(ResponseClass.of(status: s) == .retryable, "\(s)") }
        for s in [400, 401, 403, 404, 409, 413, 422, 501, 301, 100, 512, 600] { #expect(ResponseClass.of(status: s) == .permanent, "\(s)") }
        #expect(ResponseClass.isSplittable(status: 400))
        #expect(!ResponseClass.isSplittable(status: 401))
    }

    @Test("Retry-After in seconds and as an HTTP date")
    func retryAfter() {
        #expect(RetryAfter.parse("1", now: 0) == .seconds(1))
        #expect(RetryAfter.parse(" 120 ", now: 0) == .seconds(120))
        // 1994-11-06 08:49:37 UTC is 784111777.
        #expect(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", now: 784_111_770) == .seconds(7))
        #expect(RetryAfter.parse("Sunday, 06-Nov-94 08:49:37 GMT", now: 784_111_770) == .seconds(7))
        #expect(RetryAfter.parse("Sun Nov  6 08:49:37 1994", now: 784_111_770) == .seconds(7))
        #expect(RetryAfter.parse("Sun, 06 Nov 1994 08:49:37 GMT", now: 784_111_800) == .seconds(0))
        #expect(RetryAfter.parse("soon", now: 0) == nil)
        #expect(RetryAfter.parse("-1", now: 0) == nil)
        #expect(RetryAfter.parse("", now: 0) == nil)
        // Found by FuzzHTTPResponse: a year this large overflowed the day arithmetic.
        #expect(RetryAfter.parse("S#n Nov  6 08:4:37 1999999199994", now: 0) == nil)
        #expect(RetryAfter.parse("Sun, 06 Nov 99999 08:49:37 GMT", now: 0) == nil)
    }

    @Test("backoff grows exponentially with jitter, within its bounds")
    func backoff() {
        let b = Backoff(base: .seconds(1), max: .seconds(60))
        for retry in 1...10 {
            let cap = min(60.0, Double(1 << (retry - 1)))
            for _ in 0..<50 {
                let d = b.delay(retry: retry)
                #expect(d >= .seconds(cap / 2) && d <= .seconds(cap), "retry \(retry): \(d)")
            }
        }
        let first = Set((0..<20).map { _ in b.delay(retry: 3) })
        #expect(first.count > 1, "delays are randomized")
    }

    @Test("redirects keep the path and query")
    func redirects() {
        let r = Redirect(argument: "https://api.topsort.com=http://127.0.0.1:9000/sandbox")!
        #expect(r.apply(to: "https://api.topsort.com/v2/events?x=1") == "http://127.0.0.1:9000/sandbox/v2/events?x=1")
        #expect(r.apply(to: "https://API.topsort.com") == "http://127.0.0.1:9000/sandbox")
        #expect(r.apply(to: "https://api.topsort.com.evil.example/v2") == nil)
        #expect(r.apply(to: "http://api.topsort.com/v2") == nil)
        #expect(Redirect(argument: "api.topsort.com=http://x") == nil)
        #expect(Redirect(argument: "https://a.example") == nil)
        // A port the connection cannot use is refused when the option is read.
        for bad in ["http://127.0.0.1:99999", "http://127.0.0.1:-1", "http://[::1", "http://127.0.0.1:9000 ", "http://h:0"] {
            #expect(Redirect(argument: "https://api.topsort.com=" + bad) == nil, "\(bad)")
        }
        #expect(Redirect(argument: "https://api.topsort.com=http://[::1]:9000") != nil)
        #expect(Redirect(argument: "https://api.topsort.com:443=http://127.0.0.1:65535") != nil)
    }
}
