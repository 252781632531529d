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

-- Seeded from the kernel: Lua's own start is the same in every run, and a
-- push that repeats an earlier run's operation ID is answered without
-- being written (spec 5.3), which would make the figures look better than
-- the server is.
local function kernel_seed()
  local random = io.open("/dev/urandom", "rb")
  local bytes = random:read(4)
  random:close()
  local seed = 0
  for i = 1, 4 do seed = seed * 256 + bytes:byte(i) end
  return seed
end

function setup(thread)
  thread:set("seed", kernel_seed())
end

function init(args)
  math.randomseed(seed)
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
