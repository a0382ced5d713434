/* llwybr.h: the core library, for the interface and the tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "llwybr-attachment.h"
#include "llwybr-career.h"
#include "llwybr-cli.h"
#include "llwybr-coverage.h"
#include "llwybr-document.h"
#include "llwybr-document-file.h"
#include "llwybr-enums.h"
#include "llwybr-evidence.h"
#include "llwybr-evidence-version.h"
#include "llwybr-framework.h"
#include "llwybr-language.h"
#include "llwybr-library.h"
#include "llwybr-library-item.h"
#include "llwybr-link.h"
#include "llwybr-plan-step.h"
#include "llwybr-portfolio.h"
#include "llwybr-readiness.h"
#include "llwybr-review.h"
#include "llwybr-sample.h"
#include "llwybr-standard.h"
#include "llwybr-standard-group.h"
#include "llwybr-summary.h"
#include "llwybr-task.h"
