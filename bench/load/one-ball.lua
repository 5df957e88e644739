-- wrk script: one realistic batted ball per request, varied so no two requests are alike.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local n = 0
request = function()
  n = n + 1
  local ev = 70 + (n * 7919 % 45)
  local la = -10 + (n * 104729 % 55)
  local spray = -40 + (n * 1299709 % 80)
  local body = string.format('{"exit_velocity_mph":%d,"launch_angle_deg":%d,"spray_angle_deg":%d,"backspin_rpm":1800}', ev, la, spray)
  return wrk.format(nil, "/v1/fly", nil, body)
end
