import Foundation
import JSONValues
import MockVendor
import NIOConcurrencyHelpers
import XCTest
import TestSupport

/// `actions run --deliver` and `actions deliver`, end to end against a real server on loopback.
final class DeliverCommandTests: XCTestCase {
    let examples = ["--destination", "Mappings/topsort.json", "--settings", "Mappings/examples/topsort.settings.json"]

    func redirect(_ server: MockVendorServer) -> [String] {
        ["--redirect", "https://api.topsort.com=\(server.baseURL)", "--backoff", "0.01", "--timeout", "2"]
    }

    func testRunDeliverSendsEveryRequestAndSummarizes() async throws {
        let server = try await MockVendorServer.start { r in r.sequence == 1 ? .respond(status: 503) : .noContent }
        defer { Task { await server.stop() } }
        let out = try ActionsProcess.run(["run"] + examples + ["--deliver"] + redirect(server) + ["Mappings/examples/topsort.events.ndjson"])
        // The example holds a malformed line and a failing event: exit 1, the rest delivered.
        XCTAssertEqual(out.status, 1, out.stderr)
        XCTAssertEqual(out.stdout, "", "no request lines without --print-requests")
        XCTAssertTrue(out.stderr.contains("actions run: read 11 events: 7 with requests (7 requests), 2 discarded, 2 errors"), out.stderr)
        XCTAssertTrue(out.stderr.contains("actions run: 8 items: 8 delivered, 0 dead letters"), out.stderr)
        XCTAssertTrue(out.stderr.contains("1 retry"), out.stderr)
        let sent = server.requests.filter { $0.sequence > 1 }
        XCTAssertEqual(sent.map(\.path), Array(repeating: "/v2/events", count: sent.count))
        XCTAssertTrue(server.requests.allSatisfy { $0.header("Authorization") == "Bearer ts_example_api_key_0000" })
        let items = sent.compactMap(\.json).flatMap { body in body.objectValue!.map { $0.value.arrayValue?.count ?? 0 } }.reduce(0, +)
        XCTAssertEqual(items, 8, "the impressions list event holds two impressions")
    }

    func testAFailingVendorIsReportedWhileItIsRetried() async throws {
        // Down for about a second and a half, then up: the failures are reported while
        // they happen, not only in the summary.
        let start = NIOLockedValueBox<ContinuousClock.Instant?>(nil)
        let server = try await MockVendorServer.start { _ in
            let first = start.withLockedValue { s in s ?? { s = .now; return s! }() }
            return ContinuousClock.now - first < .milliseconds(1500) ? .respond(status: 503) : .noContent
        }
        defer { Task { await server.stop() } }
        let record = #"{"method":"POST","url":"https://api.topsort.com/v2/events","headers":{"Content-Type":"application/json"},"json":{"clicks":[{"id":"c1"}]},"batch":{"array":"clicks","maxItems":50},"line":1}"#
        let out = try ActionsProcess.run(["deliver", "--report-every", "0.3", "--redirect", "https://api.topsort.com=\(server.baseURL)",
                                          "--backoff", "0.05", "--timeout", "2"], stdin: record + "\n")
        XCTAssertEqual(out.status, 0, out.stderr)
        let origin = server.baseURL.lowercased()
        let reports = out.stderr.split(separator: "\n").filter { $0.contains("failed in the last 0.3 s") }
        XCTAssertFalse(reports.isEmpty, out.stderr)
        for line in reports {
            XCTAssertTrue(line.hasPrefix("actions deliver: "), String(line))
            // Where delivery stands depends on timing (in flight, waiting, or just delivered).
            XCTAssertTrue(line.contains("(latest: HTTP 503 from \(origin)); so far "), String(line))
            XCTAssertTrue(line.hasSuffix(" waiting to retry, 0 dead letters"), String(line))
        }
        XCTAssertTrue(out.stderr.contains("1 item: 1 delivered, 0 dead letters"), out.stderr)

        // A delivery without failures writes no report.
        let healthy = try await MockVendorServer.start { _ in .noContent }
        defer { Task { await healthy.stop() } }
        let quiet = try ActionsProcess.run(["deliver", "--report-every", "0.1", "--redirect", "https://api.topsort.com=\(healthy.baseURL)"],
                                           stdin: record + "\n")
        XCTAssertEqual(quiet.status, 0, quiet.stderr)
        XCTAssertFalse(quiet.stderr.contains("failed in the last"), quiet.stderr)
    }

    func testDeadLettersMaskTheSecretAndCanBeResent() async throws {
        // Every purchase is rejected; the rest is taken.
        let failing = try await MockVendorServer.start { r in
            r.json?["purchases"] != nil ? .respond(status: 400, body: #"{"error":"bad purchase"}"#) : .noContent
        }
        defer { Task { await failing.stop() } }
        let deadLetters = TemporaryFiles.path("dl", suffix: ".ndjson")
        let out = try ActionsProcess.run(["run"] + examples + ["--deliver", "--dead-letters", deadLetters] + redirect(failing)
                                    + ["Mappings/examples/topsort.events.ndjson"])
        XCTAssertEqual(out.status, 1)
        let letters = try jsonLines(file: deadLetters)
        XCTAssertFalse(letters.isEmpty)
        for l in letters {
            XCTAssertEqual(l["deadLetter"]?["reason"], "permanent status 400")
            XCTAssertEqual(l["deadLetter"]?["status"], 400)
            XCTAssertEqual(l["deadLetter"]?["response"], #"{"error":"bad purchase"}"#)
            XCTAssertEqual(l["headers"]?["Authorization"], "Bearer [secret:api_key]")
            XCTAssertEqual(l["url"], "https://api.topsort.com/v2/events", "the original URL is kept")
            XCTAssertNotNil(l["line"])
            XCTAssertEqual(l["action"], "purchase")
        }
        XCTAssertFalse(try String(contentsOfFile: deadLetters, encoding: .utf8).contains("ts_example_api_key_0000"))

        // Resent without the settings: the masked header is an error, nothing is sent.
        let good = try await MockVendorServer.start { _ in .noContent }
        defer { Task { await good.stop() } }
        let refused = try ActionsProcess.run(["deliver", "--redirect", "https://api.topsort.com=\(good.baseURL)", deadLetters])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue(refused.stderr.contains("header Authorization was masked"), refused.stderr)
        XCTAssertEqual(good.requests.count, 0)

        // With the settings, the secret is restored and the letters are delivered.
        let resent = try ActionsProcess.run(["deliver", "--settings", "Mappings/examples/topsort.settings.json",
                                        "--redirect", "https://api.topsort.com=\(good.baseURL)", deadLetters])
        XCTAssertEqual(resent.status, 0, resent.stderr)
        XCTAssertTrue(resent.stderr.contains("\(letters.count) item\(letters.count == 1 ? "" : "s"): \(letters.count) delivered, 0 dead letters"), resent.stderr)
        XCTAssertTrue(good.requests.allSatisfy { $0.header("Authorization") == "Bearer ts_example_api_key_0000" })
    }

    func testDeliverWithAStoreSendsTheRequestsOfOneEventAndResentDeadLetters() async throws {
        // Request records, not events: two of them come from one event (its two
        // subscriptions), with another event's record between them. A duplicate check by
        // messageId alone would store the third as a duplicate of the first, never sent.
        let server = try await MockVendorServer.start { _ in .noContent }
        defer { Task { await server.stop() } }
        let state = TemporaryFiles.path("deliver-state", suffix: ".db")
        defer { TemporaryFiles.removeStore(state) }
        func record(_ id: String, messageId: String, subscription: String) -> String {
            #"{"method":"POST","url":"\#(server.baseURL)/x","json":{"id":"\#(id)"},"line":1,"subscription":"\#(subscription)","action":"a","messageId":"\#(messageId)"}"#
        }
        let records = [record("1", messageId: "m1", subscription: "s1"), record("2", messageId: "m2", subscription: "s1"),
                       record("3", messageId: "m1", subscription: "s2")].joined(separator: "\n") + "\n"
        var files: [String] = []
        defer { for f in files { try? FileManager.default.removeItem(atPath: f) } }
        func copy() throws -> String {
            let f = TemporaryFiles.path("records", suffix: ".ndjson")
            try records.write(toFile: f, atomically: true, encoding: .utf8)
            files.append(f)
            return f
        }
        func sentIDs() -> [String] { server.requests.compactMap { $0.json?["id"]?.stringValue }.sorted() }

        let first = try ActionsProcess.run(["deliver", "--state", state, try copy()])
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertEqual(sentIDs(), ["1", "2", "3"])
        // Sent again (dead letters resent, say): no check by default, so all go again.
        let again = try ActionsProcess.run(["deliver", "--state", state, try copy()])
        XCTAssertEqual(again.status, 0, again.stderr)
        XCTAssertEqual(sentIDs(), ["1", "1", "2", "2", "3", "3"])
        // Asked for, the check is per request: an event's two records are not duplicates
        // of each other, and the same records sent again within the window are.
        let checked = try ActionsProcess.run(["deliver", "--state", state, "--dedupe-window", "3600", try copy()])
        XCTAssertEqual(checked.status, 0, checked.stderr)
        XCTAssertEqual(sentIDs().count, 9)
        let repeated = try ActionsProcess.run(["deliver", "--state", state, "--dedupe-window", "3600", try copy()])
        XCTAssertEqual(repeated.status, 0, repeated.stderr)
        XCTAssertEqual(sentIDs().count, 9, repeated.stderr)
        XCTAssertTrue(repeated.stderr.contains("3 duplicate"), repeated.stderr)
    }

    func testAnUnreadableInputIsNamedAndTheNextInputsAreStillSent() async throws {
        let server = try await MockVendorServer.start { _ in .noContent }
        defer { Task { await server.stop() } }
        let good = TemporaryFiles.path("good", suffix: ".ndjson")
        defer { try? FileManager.default.removeItem(atPath: good) }
        try (#"{"method":"POST","url":"\#(server.baseURL)/x","json":{"id":"1"}}"# + "\n").write(toFile: good, atomically: true, encoding: .utf8)
        let missing = TemporaryFiles.path("missing", suffix: ".ndjson")
        let folder = TemporaryFiles.path("folder", suffix: "")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let out = try ActionsProcess.run(["deliver", missing, folder, good])
        XCTAssertEqual(out.status, 1, out.stderr)
        XCTAssertEqual(server.requests.count, 1, out.stderr)
        XCTAssertTrue(out.stderr.contains("1 item: 1 delivered"), out.stderr)
        let lines = out.stderr.split(separator: "\n")
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(missing): error: cannot open") }, out.stderr)
        XCTAssertTrue(lines.contains { $0.hasPrefix("\(folder): error: ") }, out.stderr)
    }

    func testDeliverIsolatesAPoisonedItemAndMasksCredentialHeaders() async throws {
        let server = try await MockVendorServer.start { r in
            r.body.contains(UInt8(ascii: "!")) ? .respond(status: 400) : .noContent
        }
        defer { Task { await server.stop() } }
        let records = (0..<30).map { i in
            #"{"method":"POST","url":"https://api.topsort.com/v2/events","headers":{"Authorization":"Bearer k-1","Content-Type":"application/json"},"json":{"clicks":[{"id":"\#(i == 12 ? "bad!" : "c\(i)")"}]},"batch":{"array":"clicks","maxItems":50},"line":\#(i + 1)}"#
        }
        let deadLetters = TemporaryFiles.path("dl", suffix: ".ndjson")
        let out = try ActionsProcess.run(["deliver", "--dead-letters", deadLetters] + redirect(server),
                                    stdin: records.joined(separator: "\n") + "\nnot json\n{\"url\":1}\n")
        XCTAssertEqual(out.status, 1)
        XCTAssertTrue(out.stderr.contains(#""line":31,"column":2,"error":"malformed JSON"#), out.stderr)
        XCTAssertTrue(out.stderr.contains(#""line":32,"error":"not a request record: 'method' must be"#), out.stderr)
        XCTAssertTrue(out.stderr.contains("30 items: 29 delivered, 1 dead letter;"), out.stderr)
        let letters = try jsonLines(file: deadLetters)
        XCTAssertEqual(letters.count, 1)
        XCTAssertEqual(letters.first?["line"], 13)
        XCTAssertEqual(letters.first?["json"], .object(["clicks": [["id": "bad!"]]]))
        XCTAssertEqual(letters.first?["headers"]?["Authorization"], "[redacted]")
        XCTAssertEqual(letters.first?["batch"]?["array"], "clicks")
    }

    func testSIGTERMDrainsAndDeadLettersTheRest() async throws {
        let server = try await MockVendorServer.start { _ in .respond(status: 503) }
        defer { Task { await server.stop() } }
        let deadLetters = TemporaryFiles.path("dl", suffix: ".ndjson")
        let record = #"{"method":"POST","url":"https://api.topsort.com/v2/events","json":{"clicks":[{"id":"x"}]}}"#
        let process = try ActionsProcess(["deliver", "--dead-letters", deadLetters, "--backoff", "30", "--no-batching",
                                          "--redirect", "https://api.topsort.com=\(server.baseURL)"],
                                         stdin: Array(repeating: record, count: 5).joined(separator: "\n") + "\n", closingInput: false)
        defer { process.killIfRunning() }
        // Wait until every request has failed once (they then wait 15–30 s to retry).
        let deadline = Date().addingTimeInterval(10)
        while server.requests.count < 5 && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        XCTAssertEqual(server.requests.count, 5)
        let started = Date()
        process.terminate()  // SIGTERM, with standard input still open
        let out = process.waitUntilExit()
        XCTAssertLessThan(Date().timeIntervalSince(started), 8)
        XCTAssertEqual(out.status, 1, out.stderr)
        XCTAssertTrue(out.stderr.contains("5 items: 0 delivered, 5 dead letters"), out.stderr)
        XCTAssertTrue(out.stderr.contains("read 5 requests (stopped while waiting for more input)"), out.stderr)
        XCTAssertTrue(out.stderr.contains("stopped by a signal"), out.stderr)
        let letters = try jsonLines(file: deadLetters)
        XCTAssertEqual(letters.count, 5)
        XCTAssertTrue(letters.allSatisfy { $0["deadLetter"]?["reason"] == "shut down" && $0["deadLetter"]?["status"] == 503 })
    }

    /// Everything read was delivered, but the input was still open: the run did not finish
    /// its job, so it does not exit 0.
    func testASignalBeforeTheInputEndsIsNotASuccess() async throws {
        let server = try await MockVendorServer.start { _ in .noContent }
        defer { Task { await server.stop() } }
        let record = #"{"method":"POST","url":"https://api.topsort.com/v2/events","json":{"clicks":[{"id":"x"}]}}"#
        let process = try ActionsProcess(["deliver", "--no-batching", "--redirect", "https://api.topsort.com=\(server.baseURL)"],
                                         stdin: record + "\n", closingInput: false)
        defer { process.killIfRunning() }
        let deadline = Date().addingTimeInterval(10)
        while server.requests.isEmpty && Date() < deadline { try await Task.sleep(for: .milliseconds(20)) }
        try await Task.sleep(for: .milliseconds(200))
        process.terminate()
        let out = process.waitUntilExit()
        XCTAssertEqual(out.status, 1, out.stderr)
        XCTAssertTrue(out.stderr.contains("1 item: 1 delivered"), out.stderr)
        XCTAssertTrue(out.stderr.contains("stopped by a signal"), out.stderr)
    }

    /// Without settings nothing names the key, but the vendor's 401 quotes the header it
    /// got: the dead letter must not carry it in clear.
    func testAVendorEchoingTheCredentialDoesNotPutItInTheDeadLetters() async throws {
        let server = try await MockVendorServer.start { r in
            .respond(status: 401, body: "invalid token \"\(r.header("Authorization") ?? "")\" for x-key \(r.header("X-Api-Key") ?? "")")
        }
        defer { Task { await server.stop() } }
        let deadLetters = TemporaryFiles.path("dl", suffix: ".ndjson")
        let record = #"{"method":"POST","url":"https://api.topsort.com/v2/events","headers":{"Authorization":"Bearer tok-0123456789","X-Api-Key":"k-abcdefgh"},"json":{"clicks":[{"id":"x"}]}}"#
        let out = try ActionsProcess.run(["deliver", "--dead-letters", deadLetters, "--redirect", "https://api.topsort.com=\(server.baseURL)"],
                                         stdin: record + "\n")
        XCTAssertEqual(out.status, 1, out.stderr)
        let text = try String(contentsOfFile: deadLetters, encoding: .utf8)
        XCTAssertTrue(text.contains("permanent status 401"), text)
        XCTAssertFalse(text.contains("tok-0123456789"), text)
        XCTAssertFalse(text.contains("k-abcdefgh"), text)
    }

    func testBadDeliveryOptionsAreUsageErrors() throws {
        for args in [["--redirect", "api.topsort.com=http://x"], ["--concurrency", "0"], ["--timeout", "0"], ["--header", "=x"], ["--report-every", "0.01"], ["--report-every=-1"],
                     ["--backoff", "0"], ["--redirect", "https://api.topsort.com=http://127.0.0.1:99999"]] {
            let out = try ActionsProcess.run(["deliver"] + args, stdin: "")
            XCTAssertEqual(out.status, 64, "\(args): \(out.stderr)")
            XCTAssertTrue(out.stderr.contains("Error: --"), out.stderr)
        }
        for args in [["--status", "50"], ["--status", "1000"], ["--duration", "0"]] {
            let out = try ActionsProcess.run(["mock-vendor"] + args)
            XCTAssertEqual(out.status, 64, "\(args): \(out.stderr)")
        }
        let settings = try ActionsProcess.run(["deliver", "--settings", "no/such/file.json"], stdin: "")
        XCTAssertEqual(settings.status, 2, settings.stderr)
        XCTAssertEqual(settings.stderr, "no/such/file.json: error: cannot open (No such file or directory)\n")
    }
}
