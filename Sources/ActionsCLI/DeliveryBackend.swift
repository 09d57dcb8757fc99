import Delivery

/// What a command's delivery goes through: the in-memory ``Deliverer`` or, with
/// `--state`, the ``DurableDeliverer`` over a job store.
protocol DeliveryBackend: Sendable {
    func submit(_ request: DeliveryRequest) async throws
    /// Takes one event's requests together.
    func submit(event requests: [DeliveryRequest], inputLine: Int?) async throws
    func finish() async throws -> DeliveryStatistics
    func shutdown(drainTimeout: Duration) async -> DeliveryStatistics
    var statistics: DeliveryStatistics { get }
}

extension Deliverer: DeliveryBackend {
    func submit(event requests: [DeliveryRequest], inputLine: Int?) async throws {
        for r in requests { await submit(r) }
    }
}
extension DurableDeliverer: DeliveryBackend {}
