import ChronolexIndex
import ChronolexModel
import ChronolexWorkspace
import Foundation

/// The jurist's reading room: the acts of an index, each consolidated once and kept, the
/// pages asked of them answered from that. Read-only: nothing a request says reaches the
/// file system except through the index, which addresses acts by numac.
public final class ReadingRoom: Sendable {
    public let index: CorpusIndex
    let cache = ConsolidationCache()
    /// Pages already written: a page of an act at a date never changes while the server runs.
    let pages = PageCache(limit: 512)

    public init(index: CorpusIndex) {
        self.index = index
    }

    /// A reading room over files and folders (an index in memory, built now).
    public static func files(_ paths: [String]) throws -> (room: ReadingRoom, run: IndexRun) {
        let index = try CorpusIndex.inMemory()
        let run = try index.update(folders: paths)
        return (ReadingRoom(index: index), run)
    }

    /// The act with this numac consolidated (as known on `knownOn`) from the text the index
    /// holds for `date` (``CorpusIndex/selection(numac:at:knownOn:)``), with what was used.
    func consolidated(_ numac: String, at date: LegalDate? = nil, knownOn: LegalDate?) async throws -> Consolidation {
        let selection = try index.selection(numac: numac, at: date, knownOn: knownOn)
        return try await cache.value(for: ConsolidationCache.Key(numac: numac, knownOn: knownOn, base: selection.base.path)) {
            switch Workspace(paths: selection.paths).consolidated(act: numac, knownOn: knownOn) {
            case .success(let consolidated): return Consolidation(consolidated: consolidated, selection: selection)
            case .failure(let failure):
                throw PageError.unprocessable("the act \(numac) cannot be consolidated: " + failure.diagnostics.filter { $0.severity == .error }.prefix(3).map(\.message).joined(separator: "; "))
            }
        }
    }
}

/// A consolidation and the files it was made of.
struct Consolidation: Sendable {
    var consolidated: Consolidated
    var selection: CorpusSelection
}

/// Consolidations kept for the pages that ask for them again (the most recent 64). Two
/// requests for the same act wait for one consolidation.
actor ConsolidationCache {
    struct Key: Hashable, Sendable {
        var numac: String
        var knownOn: LegalDate?
        /// The text the consolidation starts from (the files given follow from it).
        var base: String
    }

    private var tasks: [Key: Task<Consolidation, Error>] = [:]
    private var order: [Key] = []
    private let limit = 64

    func value(for key: Key, make: @escaping @Sendable () throws -> Consolidation) async throws -> Consolidation {
        if let task = tasks[key] { return try await task.value }
        let task = Task.detached(priority: .userInitiated) { try make() }
        tasks[key] = task
        order.append(key)
        if order.count > limit { tasks[order.removeFirst()] = nil }
        do {
            return try await task.value
        } catch {
            tasks[key] = nil
            throw error
        }
    }
}

/// Why a page cannot be given: the status and a sentence for the jurist.
enum PageError: Error {
    case badRequest(String)
    case notFound(String)
    case unprocessable(String)
}

/// The pages written last (at most `limit`), by address: an act at a date, as known on a
/// date, is the same page until the index changes, which it does not while serving.
final class PageCache: @unchecked Sendable {
    private var pages: [String: String] = [:]
    private var order: [String] = []
    private let limit: Int
    private let lock = NSLock()

    init(limit: Int) { self.limit = limit }

    func page(_ key: String, make: () async throws -> String) async throws -> String {
        if let page = lock.withLock({ pages[key] }) { return page }
        let page = try await make()
        lock.withLock {
            if pages.updateValue(page, forKey: key) == nil { order.append(key) }
            if order.count > limit { pages[order.removeFirst()] = nil }
        }
        return page
    }
}
