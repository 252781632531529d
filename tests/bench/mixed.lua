-- mixed.lua: a steady mix of pulls and pushes for wrk, against jobspor-server.
-- The token comes from the JOBSPOR_TOKEN variable; every push carries a new
-- operation and record ID, so each is really applied.
--
-- Copyright 2026 Jobspor developers
-- SPDX-License-Identifier: GPL-3.0-or-later

local token = os.getenv("JOBSPOR_TOKEN")
local counter = 0

local function uuid()
  local t = {}
  for i = 1, 32 do t[i] = string.format("%x", math.random(0, 15)) end
  t[13] = "4"
  t[17] = string.format("%x", 8 + math.random(0, 3))
  local s = table.concat(t)
  return s:sub(1, 8) .. "-" .. s:sub(9, 12) .. "-" .. s:sub(13, 16) .. "-" ..
         s:sub(17, 20) .. "-" .. s:sub(21, 32)
end

function setup(thread)
  thread:set("seed", math.random(1, 1000000))
end

function init(args)
  math.randomseed(seed or os.time())
end

function request()
  counter = counter + 1
  -- As the reference client of this version: the newest API (spec 1.2).
  local headers = { ["Authorization"] = "Bearer " .. token, ["X-Jobspor-Api"] = "1.1" }
  if counter % 2 == 0 then
    return wrk.format("GET", "/v1/changes?since=0&limit=200", headers)
  end
  local id = uuid()
  headers["Content-Type"] = "application/json"
  local body = '{"operations":[{"op":"' .. uuid() .. '","entity":"joblog-entry","id":"' .. id ..
    '","base_revision":0,"action":"put","record":{"id":"' .. id .. '","kind":"advertised",' ..
    '"status":"applied","date":"2026-11-20","deadline":null,"title":"Lagerarbejder",' ..
    '"employer":"Coop","location":"","source":"Jobnet","contact":"","link":"","notes":""}}]}'
  return wrk.format("POST", "/v1/push", headers, body)
end
