#ifndef CHRONOLEX_CLIBXML2_SHIM_H
#define CHRONOLEX_CLIBXML2_SHIM_H

/// libxml2's headers include the system's ICU (`unicode/ucnv.h`) when it was built with
/// ICU; Foundation brings its own ICU headers under the same names, and a module that sees
/// both (ChronolexXML imports Foundation through ChronolexModel) fails to build from
/// scratch. Chronolex never touches the ICU fields of `xmlCharEncodingHandler` (it holds
/// that struct only through pointers), so the system ICU is left out of the headers.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/HTMLparser.h>
#include <libxml/HTMLtree.h>
#include <libxml/xmlsave.h>
#include <libxml/xmlerror.h>

/// `xmlFree` is a global function pointer, which Swift 6 refuses to call directly
/// ("not concurrency-safe"); this wrapper makes it an ordinary function.
static inline void chronolex_xmlFree(void *pointer) { xmlFree(pointer); }

/// Silences libxml2's default error printer (errors are reported by Chronolex itself).
static inline void chronolex_silenceErrors(void) {
    xmlSetGenericErrorFunc(NULL, NULL);
}

#endif
