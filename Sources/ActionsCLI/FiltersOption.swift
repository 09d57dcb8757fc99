import ArgumentParser
import DestinationFilters
import Destinations

/// `--filters FILE`: destination filters applied to each event first (`run`, `fql match`).
struct FiltersOption: ParsableArguments {
    @Option(name: .long, help: "A destination filters file (a JSON array of filters in the shape of Segment's Public API), applied to each event before the triggers.")
    var filters: String?

    /// The filters, `nil` without the option; every problem located in the file.
    func load() throws -> FilterSet? { try filters.map(DocumentLoading.filters) }
}
