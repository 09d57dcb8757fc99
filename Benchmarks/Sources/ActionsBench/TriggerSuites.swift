import JSONValues
import Triggers

/// One trigger measurement: how long `repeats`-best evaluation of a set of triggers took.
struct TriggerBenchResult: Sendable {
    let name: String
    let seconds: Double
    /// Trigger evaluations (events × triggers), or compilations for the compile benchmark.
    let items: Int
    let matched: Int
}

/// The trigger benchmarks: reference-dialect presets, full-language triggers (functions,
/// globs, `in`, negation) and compilation, each over all `events`. `clock` returns seconds
/// (monotonic); pass the benchmark harness's clock.
func runTriggerBenchmark(events: [JSON], repeats: Int, clock: () -> Double) throws -> [TriggerBenchResult] {
    let suites: [(String, [String])] = [
        ("trigger_reference_presets", [
            #"type = "track" and event = "Product Viewed""#,
            #"type = "track" and event = "Order Completed""#,
            #"type = "page" or type = "screen""#,
            #"event = "Product Added" and properties.price >= 100"#,
            #"type = "identify" and traits.email != null and match(traits.email, "*@example.com")"#,
        ]),
        ("trigger_full_language", [
            #"type in ['track', 'page'] and match(context.page.path, '/product/[0-9]*')"#,
            #"length(userId) > 0 and lowercase(context.locale) = 'en-us'"#,
            #"!(context.device.type in ['ios', 'android']) and contains(context.userAgent, 'Linux')"#,
            #"typeof(traits.plan) = 'null' or match(event, 'Product *ed')"#,
        ]),
    ]
    var results: [TriggerBenchResult] = []
    for (name, sources) in suites {
        let triggers = try sources.map { try Trigger($0) }
        var matched = 0
        var best = Double.infinity
        for _ in 0..<max(1, repeats) {
            matched = 0
            let t0 = clock()
            for e in events {
                for t in triggers where t.matches(e) { matched &+= 1 }
            }
            best = min(best, clock() - t0)
        }
        results.append(TriggerBenchResult(name: name, seconds: best, items: events.count * triggers.count, matched: matched))
    }
    // Compilation: every source of both suites, many times.
    let all = suites.flatMap(\.1)
    let rounds = 2_000
    var compiled = 0
    var best = Double.infinity
    for _ in 0..<max(1, repeats) {
        compiled = 0
        let t0 = clock()
        for _ in 0..<rounds {
            for s in all where (try? Trigger(s)) != nil { compiled &+= 1 }
        }
        best = min(best, clock() - t0)
    }
    results.append(TriggerBenchResult(name: "trigger_compile", seconds: best, items: rounds * all.count, matched: compiled))
    return results
}
