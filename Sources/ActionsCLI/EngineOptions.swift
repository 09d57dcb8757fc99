import ArgumentParser
import DestinationFilters
import Destinations

/// What `actions run` builds its engine from: the definition, the settings, the
/// subscriptions (the definition's presets when omitted), the destination filters and the
/// destination's other names.
struct EngineOptions: ParsableArguments {
    @Option(name: .long, help: "The destination definition (for example Mappings/topsort.json).")
    var destination: String

    @Option(name: .long, help: "The settings file (a JSON object, for example Mappings/examples/topsort.settings.json).")
    var settings: String

    @Option(name: .long, help: "A subscriptions file; the definition's presets when omitted.")
    var subscriptions: String?

    @OptionGroup var filters: FiltersOption

    @Option(name: .customLong("alias"), help: "Another name the destination answers to in an event's integrations object (repeatable).")
    var aliases: [String] = []

    @Option(name: .long, help: "The most subscriptions allowed (Segment's limit is 50).")
    var maxSubscriptions: Int = DestinationEngine.defaultSubscriptionLimit

    /// The compiled engine; every problem of every file is a ``Diagnostic`` at its file and
    /// JSON Pointer (settings problems never quote values).
    func load() throws -> DestinationEngine {
        let definition = try DocumentLoading.definition(destination)
        let settingsJSON = try JSONFile.load(settings)
        let subs = try subscriptions.map(DocumentLoading.subscriptions)
        let filterSet = try filters.load() ?? .none
        do {
            return try DestinationEngine(
                definition: definition, settings: settingsJSON, subscriptions: subs,
                subscriptionLimit: maxSubscriptions, filters: filterSet, aliases: aliases)
        } catch {
            throw Diagnostics(error, files: [
                .definition: InputFile.name(of: destination), .settings: InputFile.name(of: settings),
                .subscriptions: subscriptions.map(InputFile.name(of:)) ?? "\(destination) (presets)",
            ])
        }
    }
}
