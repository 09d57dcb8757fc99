import ArgumentParser
import Delivery

/// The delivery options `actions deliver` and `actions run --deliver` share.
struct DeliveryOptions: ParsableArguments {
    @Option(name: .long, help: "Write dead letters (NDJSON, one per request or item that failed for good) here; standard error when omitted.")
    var deadLetters: String?

    @Option(name: .long, help: "The most requests in flight per origin.")
    var concurrency: Int = DeliveryPolicy.defaultConcurrency

    @Option(name: .long, help: "Seconds one attempt may take.")
    var timeout: Double = 10

    @Option(name: .long, help: "Seconds after its first attempt that an item may still be retried (default: 4 hours).")
    var retryWindow: Double = 4 * 3600

    @Option(name: .long, help: "The most attempts per item, the first included (default: no limit but the retry window).")
    var maxAttempts: Int?

    @Option(name: .long, help: "The most requests per second per origin (default: no cap).")
    var rate: Double?

    @Option(name: .long, parsing: .singleValue, help: "ORIGIN=URL: send what goes to ORIGIN (https://api.topsort.com) to URL instead, keeping path and query. Repeatable.")
    var redirect: [String] = []

    @Option(name: .long, help: "Seconds the first retry waits, about; each next one waits twice as long (randomized), up to 5 minutes.")
    var backoff: Double = 0.5

    @Option(name: .long, help: "Seconds requests in flight may take to finish after SIGINT or SIGTERM.")
    var drainTimeout: Double = 10

    @Option(name: .long, help: "While attempts are failing, say so on standard error at most this often, in seconds (at least 0.1), with the latest failure (0: never).")
    var reportEvery: Double = 60

    @Flag(name: .long, help: "Send every request as it is, without merging batchable ones.")
    var noBatching = false

    func validate() throws {
        // Upper bounds too: an infinite or astronomical duration is a typo, and would
        // overflow the clock's arithmetic.
        if !(1...100_000).contains(concurrency) { throw ValidationError("--concurrency must be from 1 to 100000") }
        if !(timeout > 0 && timeout <= 86_400) { throw ValidationError("--timeout must be more than 0 and at most 86400 seconds (a day)") }
        if !(retryWindow >= 0 && retryWindow <= 31_536_000) {
            throw ValidationError("--retry-window must be from 0 to 31536000 seconds (a year)")
        }
        if let m = maxAttempts, m < 1 { throw ValidationError("--max-attempts must be at least 1") }
        if let r = rate, !(r >= 0.001 && r <= 1_000_000) {
            throw ValidationError("--rate must be from 0.001 to 1000000 requests per second")
        }
        // Never 0: a vendor answering 5xx, or 429 with Retry-After: 0, would be sent
        // retries as fast as it answers.
        if !(backoff >= 0.01 && backoff <= 86_400) { throw ValidationError("--backoff must be from 0.01 to 86400 seconds") }
        if !(drainTimeout >= 0 && drainTimeout <= 86_400) { throw ValidationError("--drain-timeout must be from 0 to 86400 seconds") }
        if !(reportEvery == 0 || (reportEvery >= 0.1 && reportEvery <= 86_400)) {
            throw ValidationError("--report-every must be 0 (no reports) or from 0.1 to 86400 seconds")
        }
        for r in redirect where Redirect(argument: r) == nil {
            throw ValidationError("--redirect \(r): expected ORIGIN=URL with absolute http(s) URLs (a port, if any, from 1 to 65535), as in https://api.topsort.com=http://127.0.0.1:9000")
        }
    }

    /// The policy these options describe.
    var policy: DeliveryPolicy {
        var p = DeliveryPolicy()
        p.concurrency = concurrency
        p.timeout = .seconds(timeout)
        p.retryWindow = .seconds(retryWindow)
        p.maxAttempts = maxAttempts
        p.ratePerSecond = rate
        p.backoffBase = .seconds(backoff)
        p.batching = !noBatching
        p.redirects = redirect.compactMap(Redirect.init(argument:))
        return p
    }
}
