// The whole engine in one import: `import ActionsEngine` brings every layer, from JSON
// values to delivery. Depend on a layer's own product instead to link less.

@_exported import DestinationFilters
@_exported import Delivery
@_exported import Destinations
@_exported import JSONValues
@_exported import Liquid
@_exported import MappingKit
@_exported import Triggers
