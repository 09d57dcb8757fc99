import JSONValues

/// How a ``DeliveryRequest`` is written to the store, and read back.
///
/// A request becomes a target (method, URL, headers and, for a batched request, the body
/// around its array and the batch rule) and one job per item. Known secrets (password
/// settings) are masked in both as `[secret:NAME]`, exactly as in dead letters; a worker
/// puts them back from the settings it is given (``SecretMask/restore(_:settings:headers:)``).
/// A credential header no known secret explains is stored as it is: it cannot be rebuilt
/// from settings.
struct StoredRequestEncoder {
    private let mask: SecretMask
    /// The same secrets as they appear inside serialized JSON strings.
    private let jsonMask: SecretMask
    private let batching: Bool
    private var targets: [String: StoredTarget] = [:]

    init(secrets: [(name: String, value: String)], batching: Bool) {
        mask = SecretMask(secrets: secrets)
        jsonMask = SecretMask(secrets: secrets.map { ($0.name, SecretMask.jsonEscaped($0.value)) })
        self.batching = batching
    }

    /// The jobs of one request.
    mutating func jobs(for request: DeliveryRequest) -> [NewJob] {
        let origin = request.origin
        var originText: [UInt8] = []
        JSONSerializer.write(.object(origin), into: &originText)
        let originString = String(decoding: originText, as: UTF8.self)
        let messageId = origin.firstString("messageId")
        let userId = origin.firstString("userId", "anonymousId")
        let eventType = origin.firstString("type")
        let action = origin.firstString("action")
        if batching, let cut = request.batchItems {
            let target = storedTarget(DeliveryRequest(method: request.method, url: request.url, headers: request.headers,
                                                      json: .object(cut.envelope), batch: cut.rule))
            return cut.items.map { item in
                NewJob(target: target, item: maskedText(item), origin: originString, messageId: messageId,
                       userId: userId, eventType: eventType, action: action)
            }
        }
        // Unbatched: one job per request, cut at the batch rule's limit (as in memory).
        let target = storedTarget(DeliveryRequest(method: request.method, url: request.url, headers: request.headers, json: nil))
        return request.unbatchedParts.map { part in
            NewJob(target: target, item: part.json.map(maskedText), origin: originString, messageId: messageId,
                   userId: userId, eventType: eventType, action: action)
        }
    }

    private func maskedText(_ json: JSON) -> String {
        var b: [UInt8] = []
        JSONSerializer.write(json, into: &b)
        return jsonMask.mask(String(decoding: b, as: UTF8.self))
    }

    private mutating func storedTarget(_ r: DeliveryRequest) -> StoredTarget {
        var o = JSONObject(minimumCapacity: 5)
        o.appendUnchecked("method", .string(r.method))
        o.appendUnchecked("url", .string(mask.mask(r.url)))
        var h = JSONObject(minimumCapacity: r.headers.count)
        for (n, v) in r.headers { h[n] = .string(mask.mask(v)) }
        o.appendUnchecked("headers", .object(h))
        o.appendUnchecked("json", r.json.map(mask.mask) ?? .null)
        if let batch = r.batch { o.appendUnchecked("batch", batch.jsonValue) }
        let record = JSON.object(o).serialized()
        if let t = targets[record] { return t }
        let hex = StoreKey.digest(Array(record.utf8))
        let t = StoredTarget(key: hex, record: record)
        targets[record] = t
        return t
    }
}

/// A stored target made sendable again: secrets restored, redirects applied.
struct StoredTargetDecoder {
    let settings: JSONObject?
    let headers: [(name: String, value: String)]
    let redirects: [Redirect]

    /// The target, or a message saying why it cannot be sent.
    func target(record: String) -> Result<SendTarget, TargetProblem> {
        let request: DeliveryRequest
        do {
            request = try RequestRecord.parse(try JSONParser.parse(Array(record.utf8)))
        } catch {
            return .failure(TargetProblem("the stored request is unreadable: \(error)"))
        }
        let restored: DeliveryRequest
        do {
            restored = try SecretMask.restore(request, settings: settings, headers: headers)
        } catch {
            return .failure(TargetProblem("\(error)"))
        }
        let envelope = restored.json?.objectValue ?? JSONObject()
        return .success(SendTarget(method: restored.method, url: restored.url,
                                   sendURL: Redirect.resolve(restored.url, with: redirects), headers: restored.headers,
                                   batch: restored.batch, envelope: envelope, mask: mask(for: record)))
    }

    /// The secrets put back into `record` (each setting whose placeholder it holds) and the
    /// credential headers given to the worker: what a response must not be stored with.
    /// A credential header's value is masked whole and, after its scheme (`Bearer …`), as
    /// its token alone; each secret also in its JSON-escaped form, worked out once per
    /// target.
    func mask(for record: String) -> SecretMask {
        SecretMask().adding(restoredSecrets(in: record) + SecretMask.credentialTexts(in: headers))
    }

    /// The settings whose `[secret:NAME]` placeholder `text` holds, with their values.
    func restoredSecrets(in text: String) -> [(name: String, value: String)] {
        guard let settings, text.contains("[secret:") else { return [] }
        var secrets: [(name: String, value: String)] = []
        for (k, v) in settings where text.contains(SecretMask.placeholder(k)) {
            if let value = SecretMask.settingText(v) { secrets.append((k, value)) }
        }
        return secrets
    }

    /// An item's bytes, secrets restored; `nil` when a secret cannot be.
    func item(_ text: String?) -> [UInt8]?? {
        guard let text else { return .some(nil) }
        guard text.contains("[secret:") else { return .some(Array(text.utf8)) }
        guard let json = try? JSONParser.parse(Array(text.utf8)),
              let r = try? SecretMask.restore(DeliveryRequest(method: "POST", url: "", headers: [], json: json), settings: settings, headers: []) else {
            return nil
        }
        return .some(r.json.map { $0.serializedBytes() })
    }
}

/// Why a stored target cannot be sent.
struct TargetProblem: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
