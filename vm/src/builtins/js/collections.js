// Self-hosted built-ins: collections (being written).
(function ($) {
  'use strict';
});
