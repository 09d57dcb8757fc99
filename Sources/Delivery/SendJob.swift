import Destinations
import JSONValues

/// What a group of items is sent to: method, URL, headers and, for a batch, the body
/// around the items. Shared by every send with the same batch key.
final class SendTarget: Sendable {
    let method: String
    /// The URL the request was made for (kept in reports and dead letters).
    let url: String
    /// The URL it is sent to (after redirects).
    let sendURL: String
    let headers: [(name: String, value: String)]
    /// The limiter key (`scheme://host:port` of ``sendURL``).
    let originKey: String
    /// The rule and the rest of the body, for a batched target.
    let batch: BatchRule?
    let envelope: JSONObject
    /// `{"items":[` … `]` + the rest of the envelope + `}` around the items.
    let prefix: [UInt8]
    let suffix: [UInt8]
    /// The secrets this target was sent with, to mask in what is stored of its responses
    /// (a vendor's error text may quote the key it was given).
    let mask: SecretMask

    init(method: String, url: String, sendURL: String, headers: [(name: String, value: String)],
         batch: BatchRule?, envelope: JSONObject, mask: SecretMask = SecretMask()) {
        self.method = method
        self.mask = mask
        self.url = url
        self.sendURL = sendURL
        self.headers = headers
        self.originKey = URLParts.origin(of: sendURL) ?? sendURL
        self.batch = batch
        self.envelope = envelope
        var prefix: [UInt8] = []
        var suffix: [UInt8] = []
        if let batch {
            prefix.append(UInt8(ascii: "{"))
            JSONSerializer.write(.string(batch.array), into: &prefix)
            prefix.append(contentsOf: ":[".utf8)
            suffix.append(UInt8(ascii: "]"))
            if !envelope.isEmpty {
                var rest: [UInt8] = []
                JSONSerializer.write(.object(envelope), into: &rest)
                suffix.append(UInt8(ascii: ","))
                suffix.append(contentsOf: rest.dropFirst())  // `"k":v,…}`
            } else {
                suffix.append(UInt8(ascii: "}"))
            }
        }
        self.prefix = prefix
        self.suffix = suffix
    }
}

/// One submitted item: an element of a batched request's array, or a whole request.
struct Item: Sendable {
    /// The serialized element, or the whole body (`nil`: a request without a body).
    let bytes: [UInt8]?
    let origin: JSONObject
    let index: Int?
}

/// Items sent together, and the history of their attempts.
struct SendJob: Sendable {
    let target: SendTarget
    var items: [Item]
    var attempts = 0
    var firstAttempt: Double?
    var firstInstant: ContinuousClock.Instant?
    var lastAttempt: Double?
    var lastStatus: Int?
    var lastResponse: [UInt8] = []
    var lastError: String?

    init(target: SendTarget, items: [Item]) {
        self.target = target
        self.items = items
    }

    /// The body to send.
    func body() -> [UInt8]? {
        guard target.batch != nil else { return items.first?.bytes }
        var out = target.prefix
        out.reserveCapacity(target.prefix.count + target.suffix.count + items.reduce(0) { $0 + ($1.bytes?.count ?? 0) + 1 })
        for (i, item) in items.enumerated() {
            if i > 0 { out.append(UInt8(ascii: ",")) }
            if let b = item.bytes { out.append(contentsOf: b) }
        }
        out.append(contentsOf: target.suffix)
        return out
    }

    /// The job cut in two halves that keep the attempt history.
    func halves() -> (SendJob, SendJob) {
        let mid = items.count / 2
        var a = self, b = self
        a.items = Array(items[..<mid])
        b.items = Array(items[mid...])
        return (a, b)
    }

    /// The request to resend `item` alone, as a dead letter records it.
    func request(for item: Item) -> DeliveryRequest {
        let parsed: JSON? = item.bytes.flatMap { try? JSONParser.parse($0) }
        var json = parsed
        if let batch = target.batch {
            var body = JSONObject(minimumCapacity: target.envelope.count + 1)
            body.appendUnchecked(batch.array, .array(parsed.map { [$0] } ?? []))
            for (k, v) in target.envelope { body.appendUnchecked(k, v) }
            json = .object(body)
        }
        return DeliveryRequest(method: target.method, url: target.url, headers: target.headers, json: json,
                               batch: target.batch, origin: item.origin)
    }
}
