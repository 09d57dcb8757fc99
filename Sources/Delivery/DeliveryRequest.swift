import Destinations
import JSONValues

/// One request to deliver: what to send, how it may be batched, and where it came from.
///
/// Build one from an engine's `DestinationRequest` with
/// ``init(_:origin:)``, or from a request line (what `actions run` writes, or a dead
/// letter) with ``RequestRecord``.
public struct DeliveryRequest: Sendable {
    /// The HTTP method (`POST`).
    public var method: String
    /// The absolute URL.
    public var url: String
    /// The headers, in order.
    public var headers: [(name: String, value: String)]
    /// The JSON body, if any.
    public var json: JSON?
    /// How the request may be merged with others (each element of `json[batch.array]`
    /// is then delivered, and accounted for, as an item of its own).
    public var batch: BatchRule?
    /// Where the request came from (`{"file", "line", "subscription"}`, or anything the
    /// caller wants carried into outcomes and dead letters).
    public var origin: JSONObject

    public init(method: String, url: String, headers: [(name: String, value: String)], json: JSON?,
                batch: BatchRule? = nil, origin: JSONObject = JSONObject()) {
        self.method = method
        self.url = url
        self.headers = headers
        self.json = json
        self.batch = batch
        self.origin = origin
    }

    /// The request an engine built, with its subscription recorded in the origin.
    public init(_ request: DestinationRequest, origin: JSONObject = JSONObject()) {
        var headers: [(name: String, value: String)] = []
        headers.reserveCapacity(request.headers.count)
        for (name, value) in request.headers {
            headers.append((name, value.stringValue ?? value.serialized()))
        }
        var origin = origin
        if origin["subscription"] == nil { origin["subscription"] = .string(request.subscription) }
        if origin["action"] == nil { origin["action"] = .string(request.action) }
        self.init(method: request.method, url: request.url, headers: headers, json: request.json,
                  batch: request.batch, origin: origin)
    }

    /// The items a batching rule cuts this request into, or `nil` when it is delivered
    /// whole (no rule, no body, or the body holds no array under the rule's key).
    var batchItems: (rule: BatchRule, envelope: JSONObject, items: [JSON])? {
        guard let batch, case .object(let body)? = json, case .array(let items)? = body[batch.array], !items.isEmpty else {
            return nil
        }
        var envelope = body
        envelope[batch.array] = nil
        return (batch, envelope, items)
    }

    /// The request as it may be sent without batching: itself, or, when its array holds
    /// more items than its batch rule allows in one request (Topsort: 50), cut into
    /// requests of at most that many, in order. Unbatched delivery does not merge
    /// requests, but must not exceed the vendor's limit either.
    public var unbatchedParts: [DeliveryRequest] {
        guard let cut = batchItems, cut.items.count > max(1, cut.rule.maxItems) else { return [self] }
        var parts: [DeliveryRequest] = []
        var start = 0
        while start < cut.items.count {
            let end = min(cut.items.count, start + max(1, cut.rule.maxItems))
            var part = self
            var body = cut.envelope
            body[cut.rule.array] = .array(Array(cut.items[start..<end]))
            part.json = .object(body)
            parts.append(part)
            start = end
        }
        return parts
    }
}
