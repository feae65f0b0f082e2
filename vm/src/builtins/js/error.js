// Self-hosted built-ins: error (being written).
(function ($) {
  'use strict';
});
