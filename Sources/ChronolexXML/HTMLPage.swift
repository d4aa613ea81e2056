import ChronolexModel
import CLibXML2

/// An HTML page read by libxml2's HTML parser, to be walked element by element (a Justel
/// or eJustice page, say). The parser recovers from broken markup as browsers do, never
/// touches the network and loads no DTD or external entity: the page is the only input.
///
/// The libxml2 document is freed with this object (or, read by
/// ``reading(bytes:encoding:_:)``, once the reader is done); ``HTMLPage/Element`` values
/// handed to a walk are valid only during that walk.
public final class HTMLPage {
    private let doc: htmlDocPtr

    /// Why a page could not be read.
    public enum Failure: Error, Equatable {
        /// libxml2 built no document at all (nothing that looks like markup).
        case unreadable
        /// The input is larger than libxml2 takes in one buffer (2 GiB).
        case tooLarge
        /// libxml2 stopped before the end of the page, at `line`, for `reason`: what
        /// follows is not in the document (look 42: a page cut short without a word).
        case stopped(line: Int, reason: String)
    }

    /// The character encoding used to decode the page.
    public enum Encoding: Sendable {
        /// UTF-8 whatever the page declares: Justel's 2024 pages declare `iso-8859-1` and
        /// are stored as UTF-8; the caller checks the bytes first.
        case utf8
        /// What the page declares (`<meta charset>`), Latin-1 when it declares nothing.
        case declared
    }

    /// The options every parse uses: recover from broken markup, report nothing on
    /// stderr, forbid network access (`HTML_PARSE_NONET`), and no limit on the nesting
    /// (`XML_PARSE_HUGE`: Justel's old pages leave tags open, and libxml2 stopped at 256
    /// levels, in the Code pénal's list of amending acts — look 42; the walk and libxml2's
    /// freeing go through the tree without recursion). `XML_PARSE_NOENT` is never set: no
    /// external entity is substituted.
    static let baseOptions: Int32 = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue
        | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)

    /// libxml2's global state is set up once, before any thread parses.
    private static let initialized: Bool = {
        xmlInitParser()
        return true
    }()

    /// Parses `bytes` as HTML.
    public init(bytes: [UInt8], encoding: Encoding) throws(Failure) {
        doc = try Self.parse(bytes, encoding: encoding)
        ownsDocument = true
    }

    /// A page whose document someone else frees.
    private init(borrowing document: htmlDocPtr) {
        doc = document
        ownsDocument = false
    }

    /// False for a page of ``reading(bytes:encoding:_:)``, which frees its document itself.
    private let ownsDocument: Bool

    deinit { if ownsDocument { xmlFreeDoc(doc) } }

    /// Parses `bytes` on a thread of its own, hands the page to `body`, then frees the
    /// document on another thread while the caller goes on: the tree's nodes are then
    /// taken from and given back to that thread's heap (glibc's arena), not the caller's,
    /// which goes on without waiting for thousands of nodes to be freed. The page must not
    /// be kept after `body` returns.
    public static func reading<Value>(bytes: [UInt8], encoding: Encoding, _ body: (HTMLPage) -> Value) throws(Failure) -> Value {
        let parsed = SideThread { () -> Swift.Result<Document, Failure> in
            do throws(Failure) {
                return .success(Document(pointer: try parse(bytes, encoding: encoding)))
            } catch {
                return .failure(error)
            }
        }
        let document = try parsed.wait().get()
        let value = body(HTMLPage(borrowing: document.pointer))
        _ = SideThread {
            xmlFreeDoc(document.pointer)
            // glibc keeps the freed nodes as small free chunks of this thread's heap until
            // a larger request merges them (malloc_consolidate, 5 ms for the Code pénal): a
            // request here merges them now, on this thread; else the next thread given this
            // heap, once this one ends, would first do it (`check`'s next thread waited so).
            let merge = UnsafeMutableRawPointer.allocate(byteCount: 4096, alignment: 16)
            merge.deallocate()
        }
        return value
    }

    /// A document handed from thread to thread, used by one at a time.
    private struct Document: @unchecked Sendable {
        let pointer: htmlDocPtr
    }

    private static func parse(_ bytes: [UInt8], encoding: Encoding) throws(Failure) -> htmlDocPtr {
        _ = Self.initialized
        guard bytes.count < Int(Int32.max) else { throw .tooLarge }
        chronolex_silenceErrors()
        var options = Self.baseOptions
        if case .utf8 = encoding { options |= Int32(HTML_PARSE_IGNORE_ENC.rawValue) }
        var stopped: Int32 = 0
        var line: Int32 = 0
        let parsed: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    chronolex_htmlReadMemory(chars, Int32(buffer.count), encoding == .utf8 ? "UTF-8" : nil, options, &stopped, &line)
                }
            }
        }
        guard let parsed else { throw .unreadable }
        guard stopped == 0 else {
            xmlFreeDoc(parsed)
            if stopped == 2 {
                throw .stopped(line: unclosedCommentLine(bytes) ?? Int(line), reason: "a comment opened there is never closed (« <!-- » without « --> »), so the rest of the page would be read as that comment")
            }
            throw .stopped(line: Int(line), reason: "libxml2 could not read the page past that point")
        }
        return parsed
    }

    /// The line of the comment that is never closed: the first « <!-- » after the last
    /// « --> » (libxml2 says where it gave up, at the end of the page).
    static func unclosedCommentLine(_ bytes: [UInt8]) -> Int? {
        func matches(_ pattern: [UInt8], at index: Int) -> Bool {
            index + pattern.count <= bytes.count && pattern.indices.allSatisfy { bytes[index + $0] == pattern[$0] }
        }
        let open = Array("<!--".utf8), close = Array("-->".utf8)
        var start = 0
        for index in bytes.indices.reversed() where matches(close, at: index) {
            start = index + close.count
            break
        }
        guard let opening = (start..<bytes.count).first(where: { matches(open, at: $0) }) else { return nil }
        return bytes[..<opening].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// An element met during a walk: its name (lower case, as libxml2's HTML parser
    /// gives it), its attributes, and the line of the page where it starts.
    public struct Element {
        fileprivate let node: xmlNodePtr

        /// The tag name in lower case (`br`, `a`, `div`).
        public var name: String { node.pointee.name.map { String(cString: $0) } ?? "" }

        /// True when the element's name is `name` (lower case), without making a string.
        public func isNamed(_ name: StaticString) -> Bool {
            guard let own = node.pointee.name else { return false }
            return name.withUTF8Buffer { expected in
                var i = 0
                while i < expected.count {
                    if own[i] != expected[i] { return false }
                    i += 1
                }
                return own[i] == 0
            }
        }

        /// The tag name's bytes (lower case), without making a string; valid only during
        /// the call.
        public func withName<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
            guard let own = node.pointee.name else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
            return body(UnsafeBufferPointer(start: own, count: Int(xmlStrlen(own))))
        }

        /// The value of an attribute (names in lower case), entities decoded.
        public func attribute(_ name: String) -> String? {
            guard let value = xmlGetProp(node, name) else { return nil }
            defer { chronolex_xmlFree(value) }
            return String(cString: value)
        }

        /// The line of the page where the element starts (from 1; libxml2 counts lines).
        public var line: Int { Int(xmlGetLineNo(node)) }
    }

    /// What a walk meets, in the order of the page.
    public enum Event {
        /// An element opens; its children follow, then ``close``.
        case open(Element)
        /// An element closes.
        case close(Element)
        /// Text, entities decoded, as UTF-8 bytes (valid only during the call), with the
        /// page line where it starts.
        case text(UnsafeBufferPointer<UInt8>, line: Int)
    }

    /// What the walker does after an ``Event/open(_:)``.
    public enum Descent {
        /// Visit the element's children.
        case children
        /// Skip them (a `<script>`, a `<style>`): the next event is its ``Event/close(_:)``.
        case skip
    }

    /// Walks the page depth-first in document order. Iterative (an explicit climb through
    /// parent pointers, no recursion): a page nested 100,000 levels deep cannot exhaust
    /// the stack. Comments, processing instructions and the DTD are not reported.
    ///
    /// - Complexity: O(n) in the number of nodes.
    public func walk(_ visit: (Event) -> Descent) {
        guard var node = xmlDocGetRootElement(doc) else { return }
        let top = node
        while true {
            var descend = false
            switch node.pointee.type {
            case XML_ELEMENT_NODE:
                descend = visit(.open(Element(node: node))) == .children && node.pointee.children != nil
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = node.pointee.content {
                    let length = Int(xmlStrlen(content))
                    _ = visit(.text(UnsafeBufferPointer(start: content, count: length), line: Int(node.pointee.line)))
                }
            default:
                break
            }
            if descend, let child = node.pointee.children {
                node = child
                continue
            }
            // Close this element if it was opened, then climb until a sibling is found.
            if node.pointee.type == XML_ELEMENT_NODE { _ = visit(.close(Element(node: node))) }
            while node.pointee.next == nil {
                guard node != top, let parent = node.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE else { return }
                node = parent
                _ = visit(.close(Element(node: node)))
                if node == top { return }
            }
            if node == top { return }
            guard let next = node.pointee.next else { return }
            node = next
        }
    }
}
