import Destinations
import JSONValues

/// The NDJSON form of a request, as `actions run` writes it and as dead letters store it:
///
/// ```json
/// {"method":"POST","url":"https://api.topsort.com/v2/events",
///  "headers":{"Authorization":"Bearer …","Content-Type":"application/json"},
///  "json":{"impressions":[…]},
///  "batch":{"array":"impressions","maxItems":50,"maxBytes":1000000,"maxWaitMilliseconds":1000},
///  "file":"events.ndjson","line":3,"subscription":"Impression","action":"impression"}
/// ```
///
/// `batch`, `file`, `line`, `subscription` and `action` are optional; a dead letter adds
/// `deadLetter` (ignored when the record is read back). `messageId`, `userId`,
/// `anonymousId` and `type` (the event's) are carried too when present: a job store checks
/// duplicates by `messageId` and shows the others in its delivery log.
public enum RequestRecord {
    /// The members carried into ``DeliveryRequest/origin`` and written back unchanged.
    public static let originKeys = ["file", "line", "subscription", "action", "messageId", "userId", "anonymousId", "type"]

    /// Reads a record; throws a message naming the member that is wrong.
    public static func parse(_ json: JSON) throws(RecordError) -> DeliveryRequest {
        guard let o = json.objectValue else { throw RecordError("a request record must be a JSON object, not \(json.kindName)") }
        guard let method = o["method"]?.stringValue, !method.isEmpty,
              method.utf8.allSatisfy({ ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) }) else {
            throw RecordError("'method' must be an HTTP method such as \"POST\"")
        }
        guard let url = o["url"]?.stringValue else { throw RecordError("'url' must be a string") }
        var headers: [(name: String, value: String)] = []
        if let h = o["headers"] {
            guard let ho = h.objectValue else { throw RecordError("'headers' must be an object of strings") }
            for (name, value) in ho {
                guard let s = value.stringValue else { throw RecordError("header '\(name)' must be a string") }
                headers.append((name, s))
            }
        }
        var batch: BatchRule?
        if let b = o["batch"], !b.isNull {
            switch BatchRule.parse(b) {
            case .success(let rule): batch = rule
            case .failure(let e): throw RecordError("'batch\(e.pointer)': \(e.message)")
            }
        }
        var origin = JSONObject()
        for k in originKeys { if let v = o[k] { origin.appendUnchecked(k, v) } }
        return DeliveryRequest(method: method.uppercased(), url: url, headers: headers, json: o["json"], batch: batch, origin: origin)
    }

    /// The record of a request (origin members last).
    public static func encode(_ request: DeliveryRequest, mask: SecretMask? = nil) -> JSONObject {
        var o = JSONObject(minimumCapacity: 9)
        o.appendUnchecked("method", .string(request.method))
        o.appendUnchecked("url", .string(mask?.mask(request.url) ?? request.url))
        var h = JSONObject(minimumCapacity: request.headers.count)
        for (n, v) in mask?.mask(headers: request.headers) ?? request.headers { h[n] = .string(v) }
        o.appendUnchecked("headers", .object(h))
        if let json = request.json { o.appendUnchecked("json", mask?.mask(json) ?? json) }
        if let batch = request.batch { o.appendUnchecked("batch", batch.jsonValue) }
        for (k, v) in request.origin where o[k] == nil { o.appendUnchecked(k, v) }
        return o
    }
}

/// A line that is not a request record.
public struct RecordError: Error, Sendable, CustomStringConvertible {
    public let message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// The NDJSON form of a dead letter: the request record (secrets masked), plus
///
/// ```json
/// "deadLetter": {"reason":"permanent status 400","status":400,"response":"{\"error\":…",
///                "attempts":6,"firstAttempt":"2026-11-29T10:00:00.000Z","lastAttempt":"…"}
/// ```
///
/// `status`, `response` and `error` appear when known. Fed back to `actions deliver`, the
/// line is read as a request record and sent again.
public enum DeadLetterRecord {
    public static func encode(_ letter: DeadLetter, mask: SecretMask) -> JSON {
        var o = RequestRecord.encode(letter.request, mask: mask)
        var d = JSONObject(minimumCapacity: 7)
        d.appendUnchecked("reason", .string(letter.reason.description))
        if let s = letter.status { d.appendUnchecked("status", .int(s)) }
        // A vendor's error text may quote the credentials it was sent: those of the
        // request's credential headers are masked too, even when no setting names them
        // (`actions deliver` without --settings, or a --header value).
        let echoed = mask.adding(credentials(in: letter.request.headers, beyond: mask))
        if let r = letter.responseStart { d.appendUnchecked("response", .string(echoed.mask(r))) }
        if let e = letter.error { d.appendUnchecked("error", .string(recordText(echoed.mask(e)))) }
        d.appendUnchecked("attempts", .int(letter.attempts))
        if let t = letter.firstAttempt { d.appendUnchecked("firstAttempt", .string(UTCTime.iso8601(t))) }
        if let t = letter.lastAttempt { d.appendUnchecked("lastAttempt", .string(UTCTime.iso8601(t))) }
        o["deadLetter"] = .object(d)
        return .object(o)
    }

    /// The credentials of `headers` (see ``SecretMask/credentialTexts(in:)``) that `mask`
    /// does not already cover. A short one (`X-Auth-Mode: on`) is no secret worth
    /// garbling the vendor's text for: at least 8 characters.
    static func credentials(in headers: [(name: String, value: String)], beyond mask: SecretMask) -> [(name: String, value: String)] {
        SecretMask.credentialTexts(in: headers).filter { $0.value.utf8.count >= 8 && mask.mask($0.value) == $0.value }
    }
}
