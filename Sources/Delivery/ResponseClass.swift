/// What a response (or a failure to get one) means for delivery, following the table of
/// Segment's core (packages/core/src/errors.ts): see docs/delivery.md.
public enum ResponseClass: Sendable, Equatable {
    /// 2xx: the vendor took it.
    case delivered
    /// Worth trying again: 408, 423, 429, 500, 502–511 (but 501), 598, 599, time-outs and
    /// connection errors.
    case retryable
    /// Will fail the same way again: 501 and every other 4xx (and 1xx/3xx, which a JSON API
    /// does not answer to a POST it accepted).
    case permanent

    /// The class of an HTTP status.
    public static func of(status: Int) -> ResponseClass {
        switch status {
        case 200...299: return .delivered
        case 408, 423, 429, 500, 598, 599: return .retryable
        case 501: return .permanent
        case 502...511: return .retryable
        default: return .permanent
        }
    }

    /// Whether a batch that got this permanent status may hold a single bad item, so that
    /// halving it isolates the item: 400, 413 and 422. Others (401, 403, 404, …) fail every
    /// part alike, so the batch is dead-lettered whole without extra requests.
    public static func isSplittable(status: Int) -> Bool {
        status == 400 || status == 413 || status == 422
    }

    /// Whether `Retry-After` is read on this status (429 and 503).
    public static func readsRetryAfter(status: Int) -> Bool { status == 429 || status == 503 }
}

/// What one attempt's result means for the items it carried: the table above applied to a
/// response or a transport error, with the `Retry-After` the vendor asked for. Shared by
/// the in-memory ``Deliverer`` and the store's worker.
enum AttemptVerdict {
    case delivered(status: Int)
    case permanent(status: Int)
    /// The request cannot be sent at all.
    case invalidRequest
    /// Worth another attempt; after `retryAfter` when the vendor said so.
    case retryable(retryAfter: Duration?)

    /// Whether the items were delivered.
    var isDelivered: Bool { if case .delivered = self { return true } else { return false } }

    init(_ result: Result<HTTPResponseData, TransportError>, now: Double) {
        switch result {
        case .success(let response):
            switch ResponseClass.of(status: response.status) {
            case .delivered: self = .delivered(status: response.status)
            case .permanent: self = .permanent(status: response.status)
            case .retryable:
                var retryAfter: Duration?
                if ResponseClass.readsRetryAfter(status: response.status), let v = response.header("Retry-After") {
                    retryAfter = RetryAfter.parse(v, now: now)
                }
                self = .retryable(retryAfter: retryAfter)
            }
        case .failure(let error):
            self = error.kind == .invalidRequest ? .invalidRequest : .retryable(retryAfter: nil)
        }
    }
}

extension HTTPResponseData {
    /// What a dead letter's `error` says of a response whose status alone does not tell
    /// the whole story: for a redirect (3xx, not followed: a vendor's API does not move
    /// under a client's feet, and following it could send the data and its credentials
    /// elsewhere), where the vendor pointed.
    var note: String? {
        guard (300...399).contains(status) else { return nil }
        guard let location = header("Location"), !location.isEmpty else { return "redirected without a Location; redirects are not followed" }
        // Whole: it is masked before it is shortened (see `recordText`), so that a secret
        // in it is never cut in two.
        return "redirected to \(location); redirects are not followed"
    }
}

/// `text` as a stored or written record keeps it: at most 1,000 characters (an error
/// text; a redirect's Location can be long), cut on a character boundary. Applied after
/// masking, so that no secret is cut in two and left half visible.
func recordText(_ text: String) -> String {
    text.count > 1_000 ? String(text.prefix(1_000)) + "…" : text
}

extension DeliveryPolicy {
    /// Whether a batch of `items` rejected with `status` is halved (not while stopping).
    func splits(_ status: Int, items: Int, stopping: Bool) -> Bool {
        items > 1 && splitFailedBatches && ResponseClass.isSplittable(status: status) && !stopping
    }
}
