-- wrk script: 1,000 realistic batted balls per request (one body, built once).
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local balls = {}
for n = 1, 1000 do
  local ev = 70 + (n * 7919 % 45)
  local la = -10 + (n * 104729 % 55)
  local spray = -40 + (n * 1299709 % 80)
  balls[n] = string.format('{"exit_velocity_mph":%d,"launch_angle_deg":%d,"spray_angle_deg":%d,"backspin_rpm":1800}', ev, la, spray)
end
local body = "[" .. table.concat(balls, ",") .. "]"
request = function()
  return wrk.format("POST", "/v1/fly", nil, body)
end
