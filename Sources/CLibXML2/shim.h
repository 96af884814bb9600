#ifndef PEERTRACK_CLIBXML2_SHIM_H
#define PEERTRACK_CLIBXML2_SHIM_H

/* Debian builds libxml2 with ICU; its <unicode/ucnv.h> clashes with Foundation's own ICU
   module. PeerTrack only passes encoding handlers around as opaque pointers, so hide the
   ICU converter from encoding.h. */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlIO.h>

#endif
