// LeaseTerms is header-only arithmetic; this file keeps the area's one-file-per-idea layout.
#include "agent/witness/LeaseTerms.h"
