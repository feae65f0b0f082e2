// Self-hosted built-ins: object (being written).
(function ($) {
  'use strict';
});
