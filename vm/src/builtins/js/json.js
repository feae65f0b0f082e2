// Self-hosted built-ins: json (being written).
(function ($) {
  'use strict';
});
