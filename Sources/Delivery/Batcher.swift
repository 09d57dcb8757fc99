import NIOConcurrencyHelpers

/// Collects items that may share a request, per batch key, until a batch is full (items
/// or bytes) or its first item has waited long enough.
final class Batcher: Sendable {
    private struct Pending {
        var job: SendJob
        var bytes: Int
        let generation: Int
    }

    private struct State {
        var pending: [ObjectIdentifier: Pending] = [:]
        var generation = 0
        var closed = false
    }

    private let state = NIOLockedValueBox(State())

    enum AddResult {
        /// Nothing to send yet; when `timer` is set, a new batch began and should be
        /// flushed after its wait.
        case held(timer: Int?)
        /// These batches are ready to send.
        case ready([SendJob], timer: Int?)
        /// The batcher is closed (delivery is stopping).
        case closed
    }

    /// Adds an item of `size` bytes to the batch for `target`.
    func add(_ item: Item, size: Int, target: SendTarget) -> AddResult {
        let key = ObjectIdentifier(target)
        guard let rule = target.batch else { return .ready([SendJob(target: target, items: [item])], timer: nil) }
        return state.withLockedValue { s -> AddResult in
            if s.closed { return .closed }
            var ready: [SendJob] = []
            var timer: Int?
            if var p = s.pending[key] {
                if p.job.items.count + 1 > rule.maxItems || p.bytes + size + 1 > rule.maxBytes {
                    ready.append(p.job)
                    s.pending[key] = nil
                } else {
                    p.job.items.append(item)
                    p.bytes += size + 1
                    if p.job.items.count >= rule.maxItems {
                        ready.append(p.job)
                        s.pending[key] = nil
                    } else {
                        s.pending[key] = p
                    }
                    return ready.isEmpty ? .held(timer: nil) : .ready(ready, timer: nil)
                }
            }
            let fixed = target.prefix.count + target.suffix.count
            if rule.maxItems <= 1 || fixed + size >= rule.maxBytes {
                ready.append(SendJob(target: target, items: [item]))
            } else {
                s.generation += 1
                s.pending[key] = Pending(job: SendJob(target: target, items: [item]), bytes: fixed + size, generation: s.generation)
                timer = s.generation
            }
            return ready.isEmpty ? .held(timer: timer) : .ready(ready, timer: timer)
        }
    }

    /// The batch for `target` if it is still the one started as `generation`.
    func flush(_ target: SendTarget, generation: Int) -> SendJob? {
        let key = ObjectIdentifier(target)
        return state.withLockedValue { s in
            guard let p = s.pending[key], p.generation == generation else { return nil }
            s.pending[key] = nil
            return p.job
        }
    }

    /// Every partial batch; with `close`, later adds are refused.
    func flushAll(close: Bool) -> [SendJob] {
        state.withLockedValue { s in
            if close { s.closed = true }
            defer { s.pending.removeAll() }
            return s.pending.values.sorted { $0.generation < $1.generation }.map(\.job)
        }
    }
}
